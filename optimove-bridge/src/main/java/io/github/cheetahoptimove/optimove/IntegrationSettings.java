package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The settings of one CheetahMail account's integration with Optimove: the account's ids, the
 * unique customer identifier and the personalization fields, each as an Optimove attribute and the
 * CheetahMail data map field ("Map To" name) it fills. API access itself lives in the
 * {@link io.github.cheetahoptimove.cheetah.CheetahClient} given to the bridge.
 *
 * <pre>{@code
 * IntegrationSettings s = IntegrationSettings.builder()
 *         .custId(CustId.of(1234)).folderId(FolderId.of(77)).dataMapId(DataMapId.of(55))
 *         .identifierAttribute("Email").identifierField("EMAIL")
 *         .putFields("FirstName", "FNAME").putFields("FavoriteDepartment", "FAV_DEPT")
 *         .build();
 * }</pre>
 *
 * Immutable; validated when built, with messages that name the setting.
 */
@Value.Immutable
public abstract class IntegrationSettings {
    IntegrationSettings() {}

    /** The account's Cust_ID. */
    public abstract CustId custId();

    /** The Folder ID of the {@code Optimove} folder in "My Files". */
    public abstract FolderId folderId();

    /** The PROP_MAP_ID: the data map records are uploaded through. */
    public abstract DataMapId dataMapId();

    /** The Optimove customer attribute that holds the unique identifier, e.g. {@code Email}. */
    public abstract String identifierAttribute();

    /** The data map's unique field it fills, e.g. {@code EMAIL}. */
    public abstract String identifierField();

    /** Personalization fields: Optimove attribute to data map field, e.g. {@code FirstName -> FNAME}. */
    public abstract Map<String, String> fields();

    /** The account's time zone; read from the account when absent. */
    public abstract Optional<ZoneId> accountZone();

    @Value.Check
    final void check() {
        requireText(identifierAttribute(), "identifierAttribute");
        requireText(identifierField(), "identifierField");
        Set<String> targets = new HashSet<>();
        targets.add(identifierField());
        for (Map.Entry<String, String> e : fields().entrySet()) {
            requireText(e.getKey(), "fields (an attribute name)");
            requireText(e.getValue(), "fields[" + e.getKey() + "]");
            if (e.getKey().equals(identifierAttribute())) {
                throw new IllegalArgumentException("fields must not map the identifier attribute "
                        + identifierAttribute() + " again; it is set by identifierAttribute/identifierField");
            }
            if (!targets.add(e.getValue())) {
                throw new IllegalArgumentException("fields map two attributes onto the data map field " + e.getValue()
                        + "; each field may be filled by one attribute only");
            }
        }
    }

    private static void requireText(String value, String name) {
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link IntegrationSettings}. */
    public static final class Builder extends ImmutableIntegrationSettings.Builder {}
}
