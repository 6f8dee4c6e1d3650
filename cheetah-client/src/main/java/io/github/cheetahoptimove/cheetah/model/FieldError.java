package io.github.cheetahoptimove.cheetah.model;

import org.immutables.value.Value;

/** One field-level detail of a validation error: which field, and what is wrong with it. */
@Value.Immutable(builder = false)
public abstract class FieldError {
    FieldError() {}

    /** The field the API complains about. */
    @Value.Parameter
    public abstract String field();

    /** What is wrong with it. */
    @Value.Parameter
    public abstract String message();

    /** A detail for that field. */
    public static FieldError of(String field, String message) {
        return ImmutableFieldError.of(field, message);
    }

    @Override
    public String toString() {
        return field() + ": " + message();
    }
}
