package io.github.cheetahoptimove.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import io.github.cheetahoptimove.optimove.client.AttributeDelimiter;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import java.time.ZoneId;
import java.util.Map;

/**
 * The tool's config file: where the account is and how Optimove attributes map onto its data map.
 * Credentials never live here: they come from {@code CHEETAH_CONSUMER_KEY},
 * {@code CHEETAH_CONSUMER_SECRET} and, when the account manager handed one out, {@code CHEETAH_CLIENT_ID}.
 *
 * <pre>
 * {"endpoint": "https://api.eccmp.com", "allowInsecureHttp": false,
 *  "custId": 1234, "folderId": 77, "propMapId": 55,
 *  "identifier": {"attribute": "Email", "field": "EMAIL"},
 *  "fields": {"FirstName": "FNAME"}, "accountTimeZone": "America/New_York"}
 * </pre>
 */
final class ExampleConfig {
    static final String KEY = "CHEETAH_CONSUMER_KEY";
    static final String SECRET = "CHEETAH_CONSUMER_SECRET";
    static final String CLIENT = "CHEETAH_CLIENT_ID";
    static final String OPTIMOVE_KEY = "OPTIMOVE_API_KEY";

    final String endpoint;
    final boolean allowInsecureHttp;
    final IntegrationSettings settings;

    /** The {@code optimove} object, when the config has one. */
    final JsonNode optimove;
    private final Path file;

    private ExampleConfig(String endpoint, boolean allowInsecureHttp, IntegrationSettings settings, JsonNode optimove,
            Path file) {
        this.optimove = optimove;
        this.file = file;
        this.endpoint = endpoint;
        this.allowInsecureHttp = allowInsecureHttp;
        this.settings = settings;
    }

    static ExampleConfig read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new UsageException("config " + file + ": not valid JSON: "
                    + CsvInput.describe(file.getFileName().toString(), e, 1), e);
        } catch (IOException e) {
            throw new UsageException("config " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("config " + file + ": must be a JSON object");
        }
        String where = "config " + file + ": ";
        IntegrationSettings.Builder b = IntegrationSettings.builder()
                .custId(CustId.of(positive(root, "custId", where)))
                .folderId(FolderId.of(positive(root, "folderId", where)))
                .dataMapId(DataMapId.of(positive(root, "propMapId", where)));
        JsonNode identifier = root.get("identifier");
        if (identifier == null || !identifier.isObject()) {
            throw new UsageException(where + "identifier is missing: set it to {\"attribute\": \"Email\", "
                    + "\"field\": \"EMAIL\"} (the Optimove attribute and the data map's unique field)");
        }
        b.identifierAttribute(text(identifier, "attribute", where + "identifier."))
                .identifierField(text(identifier, "field", where + "identifier."));
        JsonNode fields = root.get("fields");
        if (fields != null && !fields.isNull()) {
            if (!fields.isObject()) {
                throw new UsageException(where + "fields must be an object of Optimove attribute to data map field");
            }
            for (Map.Entry<String, JsonNode> e : fields.properties()) {
                if (!e.getValue().isTextual()) {
                    throw new UsageException(where + "fields." + e.getKey() + " must be a data map field name");
                }
                b.putFields(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode zone = root.get("accountTimeZone");
        if (zone != null && !zone.isNull()) {
            try {
                b.accountZone(ZoneId.of(zone.asText()));
            } catch (DateTimeException e) {
                throw new UsageException(where + "accountTimeZone '" + zone.asText() + "' is not a time zone id "
                        + "such as America/New_York");
            }
        }
        IntegrationSettings settings;
        try {
            settings = b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(where + e.getMessage(), e);
        }
        JsonNode insecure = root.get("allowInsecureHttp");
        JsonNode optimove = root.get("optimove");
        if (optimove != null && !optimove.isNull() && !optimove.isObject()) {
            throw new UsageException(where + "optimove must be an object like {\"baseUrl\": \"https://api5.optimove.net\", "
                    + "\"channelId\": 504, \"siteTimeZone\": \"Europe/Berlin\"}");
        }
        return new ExampleConfig(text(root, "endpoint", where), insecure != null && insecure.asBoolean(false),
                settings, optimove == null || optimove.isNull() ? null : optimove, file);
    }

    /** A client for this config, with credentials from the environment. */
    CheetahClient client(Map<String, String> env) {
        CheetahClient.Builder b = CheetahClient.builder();
        try {
            b.endpoint(endpoint);
        } catch (IllegalArgumentException e) {
            throw new UsageException("config: endpoint is not a URL: " + e.getMessage(), e);
        }
        String clientId = env.get(CLIENT);
        b.consumerKey(env(env, KEY)).consumerSecret(env(env, SECRET))
                .clientId(clientId == null || clientId.trim().isEmpty() ? null : clientId);
        if (allowInsecureHttp) {
            b.allowInsecureHttp();
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("config: " + e.getMessage(), e);
        }
    }

    /** The Optimove channel this CheetahMail account serves. */
    int channelId() {
        return (int) positive(optimoveObject(), "channelId", "config " + file + ": optimove.");
    }

    /** The Optimove site's time zone. */
    ZoneId siteZone() {
        String where = "config " + file + ": optimove.";
        String zone = text(optimoveObject(), "siteTimeZone", where);
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UsageException(where + "siteTimeZone '" + zone + "' is not a time zone id such as Europe/Berlin");
        }
    }

    /** How Optimove joins attribute values (default {@code ,}). */
    AttributeDelimiter delimiter() {
        JsonNode d = optimoveObject().get("attributesDelimiter");
        try {
            return d == null || d.isNull() ? AttributeDelimiter.COMMA : AttributeDelimiter.of(d.asText());
        } catch (IllegalArgumentException e) {
            throw new UsageException("config " + file + ": optimove." + e.getMessage());
        }
    }

    private JsonNode optimoveObject() {
        if (optimove == null) {
            throw new UsageException("config " + file + ": optimove is missing: add {\"baseUrl\": "
                    + "\"https://api5.optimove.net\", \"channelId\": 504, \"siteTimeZone\": \"Europe/Berlin\"}");
        }
        return optimove;
    }

    /** A client of Optimove's API for this config; the key comes only from {@code OPTIMOVE_API_KEY}. */
    OptimoveClient optimoveClient(Map<String, String> env) {
        String where = "config " + file + ": optimove.";
        JsonNode o = optimoveObject();
        String key = env.get(OPTIMOVE_KEY);
        if (key == null || key.trim().isEmpty()) {
            throw new UsageException("the environment variable " + OPTIMOVE_KEY + " is not set: export the API key "
                    + "generated in Optimove's settings (credentials are never read from files or arguments)");
        }
        OptimoveClient.Builder b = OptimoveClient.builder().apiKey(key);
        try {
            b.baseUrl(text(o, "baseUrl", where));
        } catch (IllegalArgumentException e) {
            throw new UsageException(where + "baseUrl is not a URL", e);
        }
        if (o.path("allowInsecureHttp").asBoolean(false)) {
            b.allowInsecureHttp();
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(where + e.getMessage(), e);
        }
    }

    private static String env(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.trim().isEmpty()) {
            throw new UsageException("the environment variable " + name + " is not set: export the value the "
                    + "CheetahMail account manager handed out (credentials are never read from files or arguments)");
        }
        return v;
    }

    static long positive(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong() || v.asLong() <= 0) {
            throw new UsageException(where + field + " is missing or not a positive whole number");
        }
        return v.asLong();
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().trim().isEmpty()) {
            throw new UsageException(where + field + " is missing or empty");
        }
        return v.asText();
    }
}
