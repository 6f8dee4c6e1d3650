package io.github.cheetahoptimove.optimove;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer of an Optimove campaign: Optimove's customer id, the channel template chosen for
 * them, and the customer attributes asked for, by attribute name.
 *
 * <p>Immutable. {@link #toString()} shows the customer id and template only, never attribute
 * values (they are personal data).
 */
public final class Recipient {
    private final String customerId;
    private final long templateId;
    private final Map<String, String> attributes;
    private final String unreadable;

    private Recipient(String customerId, long templateId, Map<String, String> attributes, String unreadable) {
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.templateId = templateId;
        this.attributes = attributes;
        this.unreadable = unreadable;
    }

    /**
     * A row of the source that could not be read (e.g. an Optimove send-details row with the wrong
     * number of values): the bridge reports it as a rejected customer with this reason, under
     * template 0, and sends nothing for it.
     */
    public static Recipient unreadable(String customerId, String reason) {
        return new Recipient(customerId, 0, Map.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** Why the source could not read this row, when it could not. */
    public Optional<String> unreadableReason() {
        return Optional.ofNullable(unreadable);
    }

    /**
     * A recipient. A {@code null} attribute value counts as absent.
     *
     * @param customerId Optimove's {@code CustomerID}
     * @param templateId Optimove's {@code TemplateID}: the CheetahMail template to send
     * @param attributes attribute name to value
     */
    public static Recipient of(String customerId, long templateId, Map<String, String> attributes) {
        Map<String, String> copy = new LinkedHashMap<>(attributes.size() * 4 / 3 + 1);
        attributes.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return new Recipient(customerId, templateId, Collections.unmodifiableMap(copy), null);
    }

    /** Optimove's customer id. */
    public String customerId() {
        return customerId;
    }

    /** The channel template chosen for this customer. */
    public long templateId() {
        return templateId;
    }

    /** The customer attributes, by name. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The value of one attribute, or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipient && customerId.equals(((Recipient) o).customerId)
                && templateId == ((Recipient) o).templateId && attributes.equals(((Recipient) o).attributes)
                && Objects.equals(unreadable, ((Recipient) o).unreadable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, templateId, attributes);
    }

    @Override
    public String toString() {
        return "Recipient{customerId=" + customerId + ", templateId=" + templateId + ", attributes="
                + attributes.keySet() + "}";
    }
}
