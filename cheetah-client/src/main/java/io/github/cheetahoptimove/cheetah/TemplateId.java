package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** The id of an email template. */
@Value.Immutable(builder = false)
public abstract class TemplateId implements Comparable<TemplateId> {
    TemplateId() {}

    /** The numeric id as the API knows it. */
    @Value.Parameter
    public abstract long value();

    /** Wraps a positive id. */
    public static TemplateId of(long value) {
        return ImmutableTemplateId.of(value);
    }

    @Value.Check
    final void check() {
        if (value() <= 0) {
            throw new IllegalArgumentException("TemplateId must be positive, was " + value());
        }
    }

    @Override
    public final int compareTo(TemplateId other) {
        return Long.compare(value(), other.value());
    }

    @Override
    public String toString() {
        return Long.toString(value());
    }
}
