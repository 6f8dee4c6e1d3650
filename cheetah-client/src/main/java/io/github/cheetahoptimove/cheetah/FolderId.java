package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** The id of a folder of the account's My Files (the Folder ID). */
@Value.Immutable(builder = false)
public abstract class FolderId implements Comparable<FolderId> {
    FolderId() {}

    /** The numeric id as the API knows it. */
    @Value.Parameter
    public abstract long value();

    /** Wraps a positive id. */
    public static FolderId of(long value) {
        return ImmutableFolderId.of(value);
    }

    @Value.Check
    final void check() {
        if (value() <= 0) {
            throw new IllegalArgumentException("FolderId must be positive, was " + value());
        }
    }

    @Override
    public final int compareTo(FolderId other) {
        return Long.compare(value(), other.value());
    }

    @Override
    public String toString() {
        return Long.toString(value());
    }
}
