package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** What it takes to create a target list. */
@Value.Immutable
public abstract class NewList {
    NewList() {}

    /** The account the list belongs to. */
    @Value.Parameter
    public abstract CustId custId();

    /** The list's name; unique in the account, at most 255 characters. */
    @Value.Parameter
    public abstract String name();

    /** The data map whose unique field keys the list's records. */
    @Value.Parameter
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

    /**
     * What it takes to create list {@code name} in account {@code custId}, keyed by the unique field
     * of data map {@code dataMapId} (the account's PROP_MAP_ID).
     */
    public static NewList of(CustId custId, String name, DataMapId dataMapId) {
        return ImmutableNewList.of(custId, name, dataMapId);
    }

}
