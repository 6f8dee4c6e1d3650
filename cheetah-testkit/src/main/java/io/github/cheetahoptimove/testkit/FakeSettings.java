package io.github.cheetahoptimove.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A started fake's configuration: copied from its builder once, never changed. */
final class FakeSettings {
    final String consumerKey;
    final String consumerSecret;
    final String clientId;
    final int port;
    final Clock clock;
    final Duration tokenLifetime;
    final long custId;
    final String accountName;
    final ZoneId zone;
    final long dataMapId;
    final String dataMapName;
    final int rateLimitPerSecond;
    final Map<Long, Seed.Folder> folders;
    final Map<Long, Seed.Template> templates;
    final Map<String, Seed.Field> fields;

    FakeSettings(String consumerKey, String consumerSecret, String clientId, int port, Clock clock,
            Duration tokenLifetime, long custId, String accountName, ZoneId zone, long dataMapId, String dataMapName,
            int rateLimitPerSecond, Map<Long, Seed.Folder> folders, Map<Long, Seed.Template> templates,
            Map<String, Seed.Field> fields) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.clientId = clientId;
        this.port = port;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.custId = custId;
        this.accountName = accountName;
        this.zone = zone;
        this.dataMapId = dataMapId;
        this.dataMapName = dataMapName;
        this.rateLimitPerSecond = rateLimitPerSecond;
        this.folders = Collections.unmodifiableMap(new LinkedHashMap<>(folders));
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The data map's unique field, if it has one. */
    Optional<Seed.Field> uniqueField() {
        return fields.values().stream().filter(f -> f.unique).findFirst();
    }
}
