package io.github.cheetahoptimove.cheetah;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A data map (API Post definition): the fields records may carry, one of them unique. */
@Value.Immutable
public abstract class DataMap {
    DataMap() {}

    /** The PROP_MAP_ID. */
    public abstract DataMapId id();

    /** The data map's name. */
    @Value.Default
    public String name() {
        return "";
    }

    /** The fields, in the API's order. */
    public abstract List<DataMapField> fields();

    /** The field of that Map To name, compared exactly. */
    public Optional<DataMapField> field(String mapTo) {
        return fields().stream().filter(f -> f.mapTo().equals(mapTo)).findFirst();
    }

    /** The unique customer identifier field, absent when the API marks none. */
    public Optional<DataMapField> uniqueField() {
        return fields().stream().filter(DataMapField::unique).findFirst();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DataMap}. */
    static final class Builder extends ImmutableDataMap.Builder {}
}
