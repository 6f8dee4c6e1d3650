package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates Optimove's campaign screen offers for a channel. Writes go in calls of at most
 * {@value #MAX_PER_CALL}. Thread-safe; from {@link OptimoveClient#channelTemplates()}.
 */
public final class ChannelTemplates {
    /** Optimove's limit of templates a call. */
    public static final int MAX_PER_CALL = 100;

    private final OptimoveApi api;

    ChannelTemplates(OptimoveApi api) {
        this.api = api;
    }

    /** The channel's templates. */
    public List<OptimoveTemplate> list(int channelId) {
        JsonNode answer = Calls.execute(api.channelTemplates(channelId));
        List<OptimoveTemplate> out = new ArrayList<>();
        if (answer != null && answer.isArray()) {
            answer.forEach(n -> out.add(OptimoveTemplate.of(n.path("TemplateID").asLong(),
                    n.path("TemplateName").asText(""))));
        }
        return out;
    }

    /** Adds templates, or renames those whose id exists; returns the calls made. */
    public int add(int channelId, List<OptimoveTemplate> templates) {
        int calls = 0;
        for (List<OptimoveTemplate> chunk : chunks(templates, MAX_PER_CALL)) {
            List<Map<String, Object>> body = new ArrayList<>();
            for (OptimoveTemplate t : chunk) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("TemplateID", t.templateId());
                m.put("TemplateName", t.templateName());
                body.add(m);
            }
            Calls.execute(api.addChannelTemplates(channelId, Calls.json(body)));
            calls++;
        }
        return calls;
    }

    /** Removes templates from the channel; returns the calls made. */
    public int delete(int channelId, List<Long> templateIds) {
        int calls = 0;
        for (List<Long> chunk : chunks(templateIds, MAX_PER_CALL)) {
            List<Map<String, Object>> body = new ArrayList<>();
            for (long id : chunk) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("ChannelID", channelId);
                m.put("TemplateID", id);
                body.add(m);
            }
            Calls.execute(api.deleteChannelTemplates(Calls.json(body)));
            calls++;
        }
        return calls;
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
