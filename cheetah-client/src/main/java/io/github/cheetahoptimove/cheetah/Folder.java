package io.github.cheetahoptimove.cheetah;

import java.util.Optional;
import org.immutables.value.Value;

/** A folder of the account's "My Files". */
@Value.Immutable
public abstract class Folder {
    Folder() {}

    /** The Folder ID. */
    public abstract FolderId id();

    /** The folder's name, e.g. {@code Optimove}. */
    public abstract String name();

    /** The parent folder, absent for a top-level folder. */
    public abstract Optional<FolderId> parentId();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Folder}. */
    static final class Builder extends ImmutableFolder.Builder {}
}
