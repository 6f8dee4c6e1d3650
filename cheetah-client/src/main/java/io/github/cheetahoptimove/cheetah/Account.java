package io.github.cheetahoptimove.cheetah;

import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/** A CheetahMail account: its Cust_ID, name and default time zone. */
@Value.Immutable
public abstract class Account {
    Account() {}

    /** The account's Cust_ID. */
    public abstract CustId custId();

    /** The account's display name. */
    public abstract String name();

    /**
     * The account's default time zone, from the Windows id the API gives (its CLDR territory
     * {@code 001} zone); absent when the API gives none or one CLDR does not know.
     */
    public abstract Optional<ZoneId> timeZone();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Account}. */
    static final class Builder extends ImmutableAccount.Builder {}
}
