package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.model.DataMap;
import io.github.cheetahoptimove.cheetah.model.DataMapField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What every execution of a day needs from CheetahMail, read once: the data map, the folder's templates, the zone. */
final class ExecutionContext {
    final DataMap dataMap;
    final Set<Long> templates;
    final ZoneId accountZone;

    ExecutionContext(DataMap dataMap, Set<Long> templates, ZoneId accountZone) {
        this.dataMap = dataMap;
        this.templates = templates;
        this.accountZone = accountZone;
    }

    /** Why records could not be built with these settings, or empty when they can. */
    Optional<String> setupProblem(IntegrationSettings settings) {
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
