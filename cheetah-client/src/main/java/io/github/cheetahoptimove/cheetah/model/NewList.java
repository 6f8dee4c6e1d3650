package io.github.cheetahoptimove.cheetah.model;

import org.immutables.value.Value;

/** What it takes to create a target list. */
@Value.Immutable
public abstract class NewList {
    NewList() {}

    /** The account the list belongs to. */
    public abstract CustId custId();

    /** The list's name; unique in the account, at most 255 characters. */
    public abstract String name();

    /** The data map whose unique field keys the list's records. */
    public abstract DataMapId dataMapId();

    @Value.Check
    final void check() {
        if (name().trim().isEmpty()) {
            throw new IllegalArgumentException("NewList.name must not be blank");
        }
        if (name().length() > 255) {
            throw new IllegalArgumentException("NewList.name must be at most 255 characters");
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewList}. */
    public static final class Builder extends ImmutableNewList.Builder {}
}
