package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** One field of a data map: its Map To name, its type and whether it is the unique customer id. */
@Value.Immutable
public abstract class DataMapField {
    DataMapField() {}

    /** The name the API knows the field by (the Data Map's "Map To" column). */
    public abstract String mapTo();

    /** The field's type. */
    public abstract FieldType type();

    /** Whether this is the unique customer identifier of the data map. */
    @Value.Default
    public boolean unique() {
        return false;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** A field of the given name and type. */
    public static DataMapField of(String mapTo, FieldType type, boolean unique) {
        return builder().mapTo(mapTo).type(type).unique(unique).build();
    }

    /** Builds a {@link DataMapField}. */
    static final class Builder extends ImmutableDataMapField.Builder {}
}
