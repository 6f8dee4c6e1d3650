package io.github.cheetahoptimove.optimove.client;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a campaign's send details: the customer, the channel template chosen for them, the
 * scheduled local time (in the Optimove site's zone) and the attributes asked for, by name. A row
 * that could not be read (a wrong number of values, a value holding the delimiter in the joined
 * shape, a non-numeric {@code TemplateID}, a {@code ScheduledTime} that differs from its
 * template's) is handed on as a {@linkplain #rejection() rejection} with the customer id and a
 * reason: never shifted into the wrong fields, never an exception that ends the stream.
 *
 * <p>Immutable. {@link #toString()} leaves the attribute values out (personal data).
 */
@Value.Immutable
public abstract class SendDetail {
    SendDetail() {}

    /** Optimove's customer id (a string); empty when the row had none. */
    public abstract String customerId();

    /** The channel template; {@code 0} when the row could not be read. */
    public abstract long templateId();

    /** The scheduled local time in the site's zone; absent when the row could not be read. */
    public abstract Optional<LocalDateTime> scheduledTime();

    /** The attributes asked for, by name, in the order asked; empty when the row could not be read. */
    public abstract Map<String, String> attributes();

    /** Why the row could not be read, when it could not. */
    public abstract Optional<String> rejection();

    /** Whether the row was read. */
    public boolean readable() {
        return rejection().isEmpty();
    }

    @Override
    public String toString() {
        return "SendDetail{customerId=" + customerId() + ", templateId=" + templateId()
                + rejection().map(r -> ", rejected: " + r).orElse(", attributes=" + attributes().keySet()) + "}";
    }

    /**
     * One row Optimove's send details hold (or a host stored), already parsed into a map (as Jackson
     * or Gson parse JSON): {@code CustomerID}, {@code TemplateID}, optionally {@code ScheduledTime}, and
     * the values of {@code attributes} either as an array ({@code CustomerAttributes}) or joined by
     * {@code delimiter} ({@code CustomerAttribute}, singular). A row that cannot be read comes back as
     * a {@linkplain #rejection() rejection}, never as an exception.
     */
    public static SendDetail fromRow(Map<String, ?> row, List<String> attributes, AttributeDelimiter delimiter) {
        return new RowReader(attributes, delimiter.character()).read(Json.MAPPER.valueToTree(row), false);
    }

    static ImmutableSendDetail.Builder builder() {
        return ImmutableSendDetail.builder();
    }
}
