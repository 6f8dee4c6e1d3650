package io.github.cheetahoptimove.optimove;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a template sync did to Optimove's channel templates: template ids added, renamed and
 * removed so that the channel offers exactly the Optimove folder's templates, and the folder's
 * templates flagged for using data map fields no attribute fills (rule 6). A dry run reports what
 * it would do.
 */
@Value.Immutable
public abstract class TemplateSync {
    TemplateSync() {}

    /** Templates of the folder that the channel did not offer. */
    public abstract List<Long> added();

    /** Templates whose name changed in CheetahMail. */
    public abstract List<Long> renamed();

    /** Templates the channel offered that are no longer in the folder. */
    public abstract List<Long> removed();

    /** Templates using fields no attribute fills; they are offered all the same. */
    public abstract List<ChannelTemplate> flagged();

    static ImmutableTemplateSync.Builder builder() {
        return ImmutableTemplateSync.builder();
    }
}
