package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.DataMap;
import io.github.cheetahoptimove.cheetah.DataMapField;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every execution of a run shares: the bridge's collaborators and settings, and the account's
 * setup read once from CheetahMail (the data map, the folder's templates, the account's zone).
 * Immutable; shared by campaigns executed in parallel.
 */
final class ExecutionContext {
    final CheetahClient client;
    final IntegrationSettings settings;
    final Clock clock;
    final ProgressListener listener;
    final Path spillDirectory;
    final int rejectsKept;
    final DataMap dataMap;
    final Set<Long> templates;
    final ZoneId accountZone;

    ExecutionContext(OptimoveBridge bridge, DataMap dataMap, Set<Long> templates, ZoneId accountZone) {
        this.client = bridge.client;
        this.settings = bridge.settings;
        this.clock = bridge.clock;
        this.listener = bridge.listener;
        this.spillDirectory = bridge.spillDirectory;
        this.rejectsKept = bridge.rejectsKept;
        this.dataMap = dataMap;
        this.templates = templates;
        this.accountZone = accountZone;
    }

    /** Why records could not be built with these settings, or empty when they can. */
    Optional<String> setupProblem() {
        Optional<DataMapField> unique = dataMap.uniqueField();
        if (unique.isEmpty() || !unique.get().mapTo().equals(settings.identifierField())) {
            return Optional.of("the data map's unique field is " + unique.map(DataMapField::mapTo).orElse("missing")
                    + ", not the identifierField " + settings.identifierField() + "; run the setup check");
        }
        List<String> missing = new ArrayList<>();
        for (String field : settings.fields().values()) {
            if (dataMap.field(field).isEmpty()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            return Optional.of("the data map lacks the mapped fields " + missing + "; run the setup check");
        }
        return Optional.empty();
    }
}
