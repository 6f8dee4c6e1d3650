package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** The id of a data map / API Post definition (the PROP_MAP_ID). */
@Value.Immutable(builder = false)
public abstract class DataMapId implements Comparable<DataMapId> {
    DataMapId() {}

    /** The numeric id as the API knows it. */
    @Value.Parameter
    public abstract long value();

    /** Wraps a positive id. */
    public static DataMapId of(long value) {
        return ImmutableDataMapId.of(value);
    }

    @Value.Check
    final void check() {
        if (value() <= 0) {
            throw new IllegalArgumentException("DataMapId must be positive, was " + value());
        }
    }

    @Override
    public final int compareTo(DataMapId other) {
        return Long.compare(value(), other.value());
    }

    @Override
    public String toString() {
        return Long.toString(value());
    }
}
