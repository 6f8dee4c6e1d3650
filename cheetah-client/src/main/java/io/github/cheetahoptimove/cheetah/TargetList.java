package io.github.cheetahoptimove.cheetah;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A target list: the records one campaign is sent to. */
@Value.Immutable
public abstract class TargetList {
    TargetList() {}

    /** The list's id. */
    public abstract ListId id();

    /** The list's name, unique in the account. */
    public abstract String name();

    /** How many records the list holds. */
    @Value.Default
    public long recordCount() {
        return 0;
    }

    /** When the list was created. */
    public abstract Optional<OffsetDateTime> createdAt();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TargetList}. */
    static final class Builder extends ImmutableTargetList.Builder {}
}
