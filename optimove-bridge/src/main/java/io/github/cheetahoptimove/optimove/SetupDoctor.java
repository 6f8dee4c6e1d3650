package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.AuthenticationException;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.ConnectionException;
import io.github.cheetahoptimove.cheetah.NotFoundException;
import io.github.cheetahoptimove.cheetah.Account;
import io.github.cheetahoptimove.cheetah.DataMap;
import io.github.cheetahoptimove.cheetah.DataMapField;
import io.github.cheetahoptimove.cheetah.Folder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The setup check: one result per integration requirement that the API can verify. */
final class SetupDoctor {
    static final String ENDPOINT = "API endpoint answers (IP whitelist)";
    static final String CREDENTIALS = "credentials accepted";
    static final String CUST_ID = "Cust_ID matches the account";
    static final String FOLDER = "Optimove folder exists";
    static final String DATA_MAP = "data map's unique field is the identifier";
    static final String FIELDS = "mapped fields exist in the data map";
    static final String TEMPLATES = "templates use only mapped fields";

    private final CheetahClient client;
    private final IntegrationSettings settings;
    private final OptimoveBridge bridge;

    SetupDoctor(CheetahClient client, IntegrationSettings settings, OptimoveBridge bridge) {
        this.client = client;
        this.settings = settings;
        this.bridge = bridge;
    }

    SetupReport check() {
        List<SetupCheck> checks = new ArrayList<>();
        Account account;
        try {
            account = client.accounts().get();
            checks.add(SetupCheck.passed(ENDPOINT));
            checks.add(SetupCheck.passed(CREDENTIALS));
        } catch (AuthenticationException e) {
            if (e.status() == 403) {
                checks.add(SetupCheck.failed(ENDPOINT, "Ask the CheetahMail account manager to whitelist this "
                        + "machine's public IP address (" + e.getMessage() + ")."));
                checks.add(SetupCheck.failed(CREDENTIALS, "Cannot be checked until the endpoint answers."));
                return blocked(checks);
            }
            checks.add(SetupCheck.passed(ENDPOINT));
            checks.add(SetupCheck.failed(CREDENTIALS, "Check the consumer key, consumer secret and client identifier "
                    + "against what the CheetahMail account manager handed out (" + e.getMessage() + ")."));
            return blocked(checks);
        } catch (ConnectionException e) {
            checks.add(SetupCheck.failed(ENDPOINT, "Check the endpoint URL and ask the CheetahMail account manager "
                    + "to whitelist this machine's public IP address (" + e.getMessage() + ")."));
            checks.add(SetupCheck.failed(CREDENTIALS, "Cannot be checked until the endpoint answers."));
            return blocked(checks);
        }
        checks.add(account.custId().equals(settings.custId()) ? SetupCheck.passed(CUST_ID)
                : SetupCheck.failed(CUST_ID, "Set custId to " + account.custId() + ", the Cust_ID of the account these "
                        + "credentials belong to."));
        checks.add(folder());
        DataMap map;
        try {
            map = client.dataMaps().get(settings.dataMapId());
        } catch (NotFoundException e) {
            checks.add(SetupCheck.failed(DATA_MAP, "Set dataMapId to the account's PROP_MAP_ID; "
                    + settings.dataMapId() + " does not exist."));
            checks.add(SetupCheck.failed(FIELDS, "Cannot be checked until dataMapId names a data map."));
            checks.add(templates());
            return SetupReport.builder().checks(checks).build();
        }
        String unique = map.uniqueField().map(DataMapField::mapTo).orElse(null);
        checks.add(settings.identifierField().equals(unique) ? SetupCheck.passed(DATA_MAP)
                : SetupCheck.failed(DATA_MAP, unique == null
                        ? "The data map marks no unique field; ask CheetahMail support to mark the customer identifier."
                        : "Set identifierField to " + unique + ", the data map's unique field, and identifierAttribute "
                                + "to the Optimove attribute that holds it."));
        List<String> missing = settings.fields().values().stream().filter(f -> map.field(f).isEmpty())
                .collect(Collectors.toList());
        checks.add(missing.isEmpty() ? SetupCheck.passed(FIELDS)
                : SetupCheck.failed(FIELDS, "Add " + String.join(", ", missing) + " to the data map, or correct "
                        + "the Map To names in fields."));
        checks.add(templates());
        return SetupReport.builder().checks(checks).build();
    }

    private SetupCheck folder() {
        try {
            Folder f = client.folders().get(settings.folderId());
            return f.name().equals("Optimove") ? SetupCheck.passed(FOLDER)
                    : SetupCheck.failed(FOLDER, "Folder " + settings.folderId() + " is named '" + f.name()
                            + "'; set folderId to the Folder ID of the folder named Optimove.");
        } catch (NotFoundException e) {
            return SetupCheck.failed(FOLDER, "Ask CheetahMail support to create a folder named Optimove in My Files "
                    + "and set folderId to its Folder ID; " + settings.folderId() + " does not exist.");
        }
    }

    private SetupCheck templates() {
        try {
            List<String> flagged = new ArrayList<>();
            for (ChannelTemplate t : bridge.templates()) {
                if (!t.usable()) {
                    flagged.add(t.templateId() + " (" + t.templateName() + ") uses " + t.unmappedFields());
                }
            }
            return flagged.isEmpty() ? SetupCheck.passed(TEMPLATES)
                    : SetupCheck.failed(TEMPLATES, "Map an Optimove attribute onto each field these templates use, "
                            + "or remove the tags: " + String.join("; ", flagged) + ".");
        } catch (CheetahException e) {
            return SetupCheck.failed(TEMPLATES, "Cannot list the folder's templates: " + e.getMessage());
        }
    }

    private static SetupReport blocked(List<SetupCheck> checks) {
        for (String name : new String[] {CUST_ID, FOLDER, DATA_MAP, FIELDS, TEMPLATES}) {
            checks.add(SetupCheck.failed(name, "Cannot be checked until the API connection works."));
        }
        return SetupReport.builder().checks(checks).build();
    }
}
