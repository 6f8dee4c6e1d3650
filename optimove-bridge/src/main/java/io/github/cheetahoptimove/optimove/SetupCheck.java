package io.github.cheetahoptimove.optimove;

import java.util.Optional;
import org.immutables.value.Value;

/** The result of one setup check: its name, whether it passed, and the fix in one sentence when not. */
@Value.Immutable
public abstract class SetupCheck {
    SetupCheck() {}

    /** What was checked. */
    public abstract String name();

    /** Whether it passed. */
    public abstract boolean ok();

    /** What to do about it, when it failed. */
    public abstract Optional<String> fix();

    /** A passed check. */
    public static SetupCheck passed(String name) {
        return builder().name(name).ok(true).build();
    }

    /** A failed check with its fix. */
    public static SetupCheck failed(String name, String fix) {
        return builder().name(name).ok(false).fix(fix).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SetupCheck}. */
    public static final class Builder extends ImmutableSetupCheck.Builder {}
}
