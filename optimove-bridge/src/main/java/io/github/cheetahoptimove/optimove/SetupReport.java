package io.github.cheetahoptimove.optimove;

import java.util.List;
import org.immutables.value.Value;

/** Every setup check, in order. */
@Value.Immutable
public abstract class SetupReport {
    SetupReport() {}

    /** The checks. */
    public abstract List<SetupCheck> checks();

    /** Whether every check passed. */
    public boolean ok() {
        return checks().stream().allMatch(SetupCheck::ok);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SetupReport}. */
    public static final class Builder extends ImmutableSetupReport.Builder {}
}
