package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** The id of the Cust_ID of a CheetahMail account. */
@Value.Immutable(builder = false)
public abstract class CustId implements Comparable<CustId> {
    CustId() {}

    /** The numeric id as the API knows it. */
    @Value.Parameter
    public abstract long value();

    /** Wraps a positive id. */
    public static CustId of(long value) {
        return ImmutableCustId.of(value);
    }

    @Value.Check
    final void check() {
        if (value() <= 0) {
            throw new IllegalArgumentException("CustId must be positive, was " + value());
        }
    }

    @Override
    public final int compareTo(CustId other) {
        return Long.compare(value(), other.value());
    }

    @Override
    public String toString() {
        return Long.toString(value());
    }
}
