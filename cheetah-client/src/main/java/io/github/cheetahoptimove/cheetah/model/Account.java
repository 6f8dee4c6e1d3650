package io.github.cheetahoptimove.cheetah.model;

import java.time.ZoneId;
import org.immutables.value.Value;

/** A CheetahMail account: its Cust_ID, name and default time zone. */
@Value.Immutable
public abstract class Account {
    Account() {}

    /** The account's Cust_ID. */
    public abstract CustId custId();

    /** The account's display name. */
    public abstract String name();

    /** The account's default time zone, in which launch times are echoed. */
    public abstract ZoneId timeZone();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Account}. */
    public static final class Builder extends ImmutableAccount.Builder {}
}
