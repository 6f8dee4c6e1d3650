package io.github.cheetahoptimove.optimove.client;

import java.util.List;

/**
 * The recipients of a campaign on a channel ({@code GetCustomerSendDetailsByChannel}), as a stream
 * read page by page. Thread-safe; from {@link OptimoveClient#sendDetails()}.
 *
 * <pre>{@code
 * try (SendDetailStream rows = optimove.sendDetails().stream(504, 1001, List.of("Email", "FirstName"),
 *         AttributeDelimiter.COMMA)) {
 *     rows.forEachRemaining(row -> ...);
 * }
 * }</pre>
 */
public final class SendDetails {
    /** The largest page Optimove serves. */
    public static final int MAX_PAGE_SIZE = 10_000;

    private final OptimoveApi api;
    private final int pageSize;

    SendDetails(OptimoveApi api, int pageSize) {
        this.api = api;
        this.pageSize = pageSize;
    }

    /**
     * The campaign's rows on the channel, with the {@code attributes} asked for in that order.
     * Optimove may answer each row's values as an array or joined by {@code delimiter}; both are read.
     */
    public SendDetailStream stream(int channelId, long campaignId, List<String> attributes,
            AttributeDelimiter delimiter) {
        for (String a : attributes) {
            if (a.isEmpty() || a.indexOf(';') >= 0) {
                throw new IllegalArgumentException("attribute names must be non-empty and hold no ';': " + a);
            }
        }
        String joined = attributes.isEmpty() ? null : String.join(";", attributes);
        String delim = attributes.isEmpty() ? null : String.valueOf(delimiter.character());
        return new SendDetailStream(skip -> Calls.executeAsync(api.sendDetails(channelId, campaignId, joined, delim,
                pageSize, skip)), pageSize, attributes, delimiter.character());
    }
}
