package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.format.DateTimeFormatter;

/** The client's one ObjectMapper and Optimove's time format. */
final class Json {
    /** Unknown fields ignored, java.time and Optional understood. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .registerModule(new JavaTimeModule()).registerModule(new Jdk8Module());
    /** {@code 2026-11-30 10:00:00}: times without offset, in the site's zone. */
    static final DateTimeFormatter OPTIMOVE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Json() {}
}
