package io.github.cheetahoptimove.testkit;

import static io.github.cheetahoptimove.testkit.Replies.JSON;
import static io.github.cheetahoptimove.testkit.Replies.number;
import static io.github.cheetahoptimove.testkit.Replies.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code Lists} and {@code ListRecords}: unique names, upserts by the unique field, typed rejects. Call under the state's lock. */
final class ListRoutes {
    /** The API's limit of records a {@code ListRecords} call. */
    static final int MAX_RECORDS = 1000;
    /** The API's limit of bytes a {@code ListRecords} call. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final FakeSettings settings;
    private final FakeState state;

    ListRoutes(FakeSettings settings, FakeState state) {
        this.settings = settings;
        this.state = state;
    }

    Answer create(JsonNode json) {
        String name = text(json, "name");
        if (name == null || name.trim().isEmpty()) {
            return Replies.invalid("name", "name is required");
        }
        if (name.length() > 255) {
            return Replies.invalid("name", "name is at most 255 characters");
        }
        if (number(json, "custId") != settings.custId) {
            return Replies.invalid("custId", "custId does not match the account");
        }
        if (number(json, "apiPostId") != settings.dataMapId) {
            return Replies.invalid("apiPostId", "apiPostId is not a data map of the account");
        }
        for (FakeState.ListState l : state.lists.values()) {
            if (l.name.equals(name)) {
                return Replies.error(409, "A list with this name already exists.", "DUPLICATE_NAME");
            }
        }
        FakeState.ListState l = new FakeState.ListState(state.nextListId(), name, settings.clock.instant());
        state.lists.put(l.id, l);
        return Replies.created("id", l.id);
    }

    private ObjectNode listJson(FakeState.ListState l) {
        return JSON.createObjectNode().put("id", l.id).put("name", l.name).put("recordCount", l.size())
                .put("createdAt", OFFSET_TIME.format(l.createdAt.atZone(settings.zone)));
    }

    Answer get(Request r) {
        Long id = r.longParam("id");
        if (id != null) {
            FakeState.ListState l = state.lists.get(id);
            return l == null ? Replies.notFound("List") : Answer.ok(listJson(l));
        }
        String name = r.query.get("name");
        if (name == null) {
            return Replies.invalid("name", "name or id is required");
        }
        List<ObjectNode> items = new ArrayList<>();
        state.lists.values().stream().filter(l -> l.name.equals(name)).forEach(l -> items.add(listJson(l)));
        return Replies.page(items, r);
    }

    Answer delete(Request r) {
        Long id = r.longParam("id");
        if (id == null || state.lists.remove(id) == null) {
            return Replies.notFound("List");
        }
        return Replies.noContent();
    }

    Answer upload(Request r, JsonNode json) {
        Long listId = r.longParam("listId");
        FakeState.ListState list = listId == null ? null : state.lists.get(listId);
        if (list == null) {
            return Replies.notFound("List");
        }
        if (number(json, "apiPostId") != settings.dataMapId) {
            return Replies.invalid("apiPostId", "apiPostId is not a data map of the account");
        }
        JsonNode records = json.get("records");
        if (records == null || !records.isArray()) {
            return Replies.invalid("records", "records must be an array");
        }
        if (records.size() > MAX_RECORDS) {
            return Replies.error(413, "a call carries at most 1,000 records", "PAYLOAD_TOO_LARGE");
        }
        Seed.Field unique = settings.uniqueField().orElse(null);
        ArrayNode rejected = JSON.createArrayNode();
        int accepted = 0;
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            String reason = read(records.get(i).get("data"), fields);
            if (reason == null && unique != null) {
                String key = fields.get(unique.mapTo);
                if (key == null || key.trim().isEmpty()) {
                    reason = unique.mapTo + " is missing or blank";
                } else {
                    list.upsert(key, fields);
                    accepted++;
                }
            }
            if (reason != null) {
                rejected.addObject().put("index", i).put("reason", reason);
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("accepted", accepted).set("rejected", rejected);
        return Answer.ok(answer);
    }

    /** Reads one record's name/value pairs into {@code fields}; the reason it is refused, or {@code null}. */
    private String read(JsonNode data, Map<String, String> fields) {
        if (data == null || !data.isArray()) {
            return "data must be an array of name/value pairs";
        }
        for (JsonNode pair : data) {
            String name = text(pair, "name");
            JsonNode value = pair.get("value");
            Seed.Field f = name == null ? null : settings.fields.get(name);
            if (f == null) {
                return "field " + name + " is not in the data map";
            } else if (value == null || !value.isTextual()) {
                return name + " must be a string";
            } else if (!Seed.fits(f.type, value.asText())) {
                return name + " is not a valid " + f.type;
            }
            fields.put(name, value.asText());
        }
        return null;
    }
}
