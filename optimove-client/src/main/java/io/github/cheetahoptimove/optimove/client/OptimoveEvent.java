package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A notification Optimove posted to a listener URL. Parse the body with {@link #parse}; an event
 * type this SDK does not know parses too ({@link #type()} is {@link Type#UNKNOWN}).
 *
 * <pre>{@code
 * OptimoveEvent event = OptimoveEvent.parse(requestBody);   // answer 200 at once, handle it later
 * }</pre>
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class OptimoveEvent {
    OptimoveEvent() {}

    /** The event types Optimove sends. */
    public enum Type {
        /** 1: a campaign was processed; its recipients can be read. */
        CAMPAIGN_PROCESSED(1),
        /** 2: all of today's campaigns were processed. */
        ALL_CAMPAIGNS_PROCESSED(2),
        /** 3: the daily process finished. */
        DAILY_PROCESS_FINISHED(3),
        /** 4: a processed campaign was cancelled. */
        CAMPAIGN_CANCELLED(4),
        /** 5: held pending a conditional promotion. */
        PENDING_CONDITIONAL_PROMOTION(5),
        /** 11: a real-time trigger. */
        REAL_TIME_TRIGGER(11),
        /** 13: a campaign was executed via a channel. */
        CAMPAIGN_EXECUTED_VIA_CHANNEL(13),
        /** A type this SDK does not know. */
        UNKNOWN(-1);

        private final int id;

        Type(int id) {
            this.id = id;
        }

        /** Its {@code eventTypeId}; -1 for {@link #UNKNOWN}. */
        public int id() {
            return id;
        }

        static Type of(int id) {
            for (Type t : values()) {
                if (t.id == id) {
                    return t;
                }
            }
            return UNKNOWN;
        }
    }

    /** The {@code eventTypeId} as sent. */
    public abstract int eventTypeId();

    /** The campaign it concerns; 0 when the event names none. */
    public abstract long campaignId();

    /** The channel it concerns; 0 when the event names none. */
    public abstract int channelId();

    /** Its time stamp, a local time in the Optimove site's zone, when it carried a readable one. */
    public abstract Optional<LocalDateTime> timeStamp();

    /** The type, {@link Type#UNKNOWN} for one this SDK does not know. */
    @Value.Derived
    public Type type() {
        return Type.of(eventTypeId());
    }

    /** An event (for tests and for hosts that receive events some other way). */
    public static OptimoveEvent of(int eventTypeId, long campaignId, int channelId, LocalDateTime timeStamp) {
        return ImmutableOptimoveEvent.builder().eventTypeId(eventTypeId).campaignId(campaignId).channelId(channelId)
                .timeStamp(Optional.ofNullable(timeStamp)).build();
    }

    /**
     * The event a notification body holds: {@code {"eventTypeId": 13, "timeStamp": "2026-11-30
     * 05:04:54", "campaignId": 1001, "channelId": 504}}. Unknown fields are ignored.
     *
     * @throws IllegalArgumentException when the body is not a JSON object with a numeric
     *     {@code eventTypeId}
     */
    public static OptimoveEvent parse(byte[] body) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the notification is not JSON");
        }
        if (n == null || !n.isObject() || !n.path("eventTypeId").canConvertToInt()) {
            throw new IllegalArgumentException("the notification has no numeric eventTypeId");
        }
        LocalDateTime at = null;
        if (n.path("timeStamp").isTextual()) {
            try {
                at = LocalDateTime.parse(n.path("timeStamp").asText(), Json.OPTIMOVE_TIME);
            } catch (DateTimeParseException e) {
                at = null;
            }
        }
        return of(n.path("eventTypeId").asInt(), n.path("campaignId").asLong(0), n.path("channelId").asInt(0), at);
    }
}
