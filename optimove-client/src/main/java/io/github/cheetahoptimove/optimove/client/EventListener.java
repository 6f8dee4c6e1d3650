package io.github.cheetahoptimove.optimove.client;

import org.immutables.value.Value;

/** A registered event listener: the event type, the URL Optimove calls, the channel. Immutable. */
@Value.Immutable(builder = false)
public abstract class EventListener {
    EventListener() {}

    /** The event type, e.g. 1 (campaign processed) or 4 (cancelled). */
    @Value.Parameter
    public abstract int eventTypeId();

    /** The URL Optimove posts to. Holds the listener's secret: never logged by the SDK. */
    @Value.Parameter
    @Value.Redacted
    public abstract String listenerUrl();

    /** The channel. */
    @Value.Parameter
    public abstract int channelId();

    /** A listener. */
    public static EventListener of(int eventTypeId, String listenerUrl, int channelId) {
        return ImmutableEventListener.of(eventTypeId, listenerUrl, channelId);
    }
}
