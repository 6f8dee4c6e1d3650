package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** The id of a target list. */
@Value.Immutable(builder = false)
public abstract class ListId implements Comparable<ListId> {
    ListId() {}

    /** The numeric id as the API knows it. */
    @Value.Parameter
    public abstract long value();

    /** Wraps a positive id. */
    public static ListId of(long value) {
        return ImmutableListId.of(value);
    }

    @Value.Check
    final void check() {
        if (value() <= 0) {
            throw new IllegalArgumentException("ListId must be positive, was " + value());
        }
    }

    @Override
    public final int compareTo(ListId other) {
        return Long.compare(value(), other.value());
    }

    @Override
    public String toString() {
        return Long.toString(value());
    }
}
