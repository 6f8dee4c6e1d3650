package io.github.cheetahoptimove.optimove;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the rows of Optimove's {@code GetCustomerSendDetailsByChannel} into recipients. A row holds
 * {@code CustomerID}, {@code TemplateID}, {@code ScheduledTime} and the attributes asked for, in the
 * order asked, either as a JSON array ({@code CustomerAttributes}) or as one delimited string
 * ({@code CustomerAttribute}); both shapes are read.
 *
 * <pre>{@code
 * List<String> asked = List.of("Email", "FirstName");
 * Recipient r = SendDetails.toRecipient(row, asked, ",");   // row: a JSON object parsed into a Map
 * }</pre>
 */
public final class SendDetails {
    private SendDetails() {}

    /**
     * One row as a recipient.
     *
     * @param row the row's JSON object as a map (as Jackson or Gson parse it)
     * @param attributeNames the attribute names asked for, in the order asked
     * @param delimiter what joins the values in the string shape, e.g. {@code ","}
     * @throws IllegalArgumentException naming the field that is missing or malformed (never a value)
     */
    public static Recipient toRecipient(Map<String, ?> row, List<String> attributeNames, String delimiter) {
        Object customerId = row.get("CustomerID");
        if (customerId == null) {
            throw new IllegalArgumentException("the row has no CustomerID");
        }
        long templateId = templateId(row.get("TemplateID"), customerId);
        List<String> values;
        Object array = row.get("CustomerAttributes");
        Object joined = row.get("CustomerAttribute");
        if (array instanceof List) {
            values = ((List<?>) array).stream().map(v -> v == null ? null : String.valueOf(v))
                    .collect(java.util.stream.Collectors.toList());
        } else if (joined instanceof String) {
            values = List.of(((String) joined).split(Pattern.quote(delimiter), -1));
        } else if (attributeNames.isEmpty()) {
            values = List.of();
        } else {
            throw new IllegalArgumentException("the row of customer " + customerId
                    + " has neither CustomerAttributes nor CustomerAttribute");
        }
        if (values.size() != attributeNames.size()) {
            throw new IllegalArgumentException("the row of customer " + customerId + " has " + values.size()
                    + " attribute values, expected " + attributeNames.size() + " (" + attributeNames + ")");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            attributes.put(attributeNames.get(i), values.get(i));
        }
        return Recipient.of(String.valueOf(customerId), templateId, attributes);
    }

    private static long templateId(Object value, Object customerId) {
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        try {
            return Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the row of customer " + customerId + " has no numeric TemplateID");
        }
    }
}
