package io.github.cheetahoptimove.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a fake's route answers: a status, a JSON body (none for {@code 204}) and extra headers. */
final class Answer {
    final int status;
    final JsonNode body;
    final Map<String, String> headers = new LinkedHashMap<>();

    Answer(int status, JsonNode body) {
        this.status = status;
        this.body = body;
    }

    static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    /** Adds a header. */
    Answer with(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
