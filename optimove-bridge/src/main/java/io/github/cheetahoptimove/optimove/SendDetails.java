package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.optimove.client.AttributeDelimiter;
import io.github.cheetahoptimove.optimove.client.SendDetail;
import java.util.List;
import java.util.Map;

/**
 * Turns rows of Optimove's send details that a host fetched or stored itself into recipients, by
 * {@code optimove-client}'s reading of both attribute shapes ({@link SendDetail#fromRow}). A host
 * that lets the bridge talk to Optimove does not need it: {@link OptimoveBridge#runDay(java.time.LocalDate)}
 * reads the rows itself.
 *
 * <pre>{@code
 * List<String> asked = List.of("Email", "FirstName");
 * Recipient r = SendDetails.toRecipient(row, asked, ",");   // row: a JSON object parsed into a Map
 * }</pre>
 */
public final class SendDetails {
    private SendDetails() {}

    /**
     * One row as a recipient; a row that cannot be read (a wrong number of values, a value holding the
     * delimiter in the joined shape, a non-numeric template id) becomes an
     * {@linkplain Recipient#unreadable unreadable} recipient that the execution reports as rejected.
     *
     * @param delimiter what joins the values in the joined shape: {@code ","} or {@code ";"}
     * @throws IllegalArgumentException for another delimiter
     */
    public static Recipient toRecipient(Map<String, ?> row, List<String> attributeNames, String delimiter) {
        SendDetail d = SendDetail.fromRow(row, attributeNames, AttributeDelimiter.of(delimiter));
        return d.rejection().map(reason -> Recipient.unreadable(d.customerId(), reason))
                .orElseGet(() -> Recipient.of(d.customerId(), d.templateId(), d.attributes()));
    }
}
