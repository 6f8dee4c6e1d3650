package io.github.cheetahoptimove.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The CheetahMail API's answer shapes (errors, validation details, pages) and JSON field reading. */
final class Replies {
    static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {}

    static Answer error(int status, String message, String code) {
        ObjectNode n = JSON.createObjectNode().put("message", message);
        if (code != null) {
            n.put("code", code);
        }
        return new Answer(status, n);
    }

    static Answer notFound(String what) {
        return error(404, what + " not found", "NOT_FOUND");
    }

    /** A {@code 400} whose details name the field. */
    static Answer invalid(String field, String message) {
        ObjectNode n = JSON.createObjectNode().put("message", "The request is invalid.").put("code", "VALIDATION");
        n.putArray("details").addObject().put("field", field).put("message", message);
        return new Answer(400, n);
    }

    static Answer created(String idField, long id) {
        return new Answer(201, JSON.createObjectNode().put(idField, id));
    }

    static Answer noContent() {
        return new Answer(204, null);
    }

    /** One page of {@code all}, by the request's {@code page} (from 1) and {@code pageSize} (1 to 200). */
    static Answer page(List<ObjectNode> all, Request r) {
        Long page = r.longParam("page");
        Long size = r.longParam("pageSize");
        long p = page == null ? 1 : page;
        long s = size == null ? 100 : size;
        if (p < 1) {
            return invalid("page", "page counts from 1");
        }
        if (s < 1 || s > 200) {
            return invalid("pageSize", "pageSize must be 1 to 200");
        }
        ObjectNode n = JSON.createObjectNode();
        ArrayNode items = n.putArray("items");
        long from = (p - 1) * s;
        for (long i = from; i < Math.min(all.size(), from + s); i++) {
            items.add(all.get((int) i));
        }
        n.put("page", p).put("pageSize", s).put("totalCount", all.size());
        return Answer.ok(n);
    }

    /** A text field, or {@code null} when absent or not text. */
    static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    /** A whole-number field, or {@code -1} when absent or not a number. */
    static long number(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || !v.canConvertToLong() ? -1 : v.asLong();
    }
}
