package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The URLs Optimove notifies of events. The URL should carry an unguessable secret, since
 * Optimove does not sign notifications. Thread-safe; from {@link OptimoveClient#eventListeners()}.
 */
public final class EventListeners {
    private final OptimoveApi api;

    EventListeners(OptimoveApi api) {
        this.api = api;
    }

    /** Registers (or re-registers) a listener. */
    public void register(EventListener listener) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("EventTypeID", listener.eventTypeId());
        body.put("ListenerURL", listener.listenerUrl());
        body.put("ChannelID", listener.channelId());
        Calls.execute(api.registerEventListener(Calls.json(body)));
    }

    /** Removes the listener of that event type and channel. */
    public void unregister(int eventTypeId, int channelId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("EventTypeID", eventTypeId);
        body.put("ChannelID", channelId);
        Calls.execute(api.unregisterEventListener(Calls.json(body)));
    }

    /** The registered listeners. */
    public List<EventListener> list() {
        JsonNode answer = Calls.execute(api.eventListeners());
        List<EventListener> out = new ArrayList<>();
        if (answer != null && answer.isArray()) {
            answer.forEach(n -> out.add(EventListener.of(n.path("EventTypeID").asInt(),
                    n.path("ListenerURL").asText(""), n.path("ChannelID").asInt())));
        }
        return out;
    }
}
