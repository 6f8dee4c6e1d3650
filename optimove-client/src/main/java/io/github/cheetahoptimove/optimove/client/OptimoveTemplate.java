package io.github.cheetahoptimove.optimove.client;

import org.immutables.value.Value;

/** A channel template as Optimove's campaign screen offers it: its id and name. Immutable. */
@Value.Immutable(builder = false)
public abstract class OptimoveTemplate {
    OptimoveTemplate() {}

    /** The template id (the CheetahMail template's). */
    @Value.Parameter
    public abstract long templateId();

    /** Its name as shown in Optimove. */
    @Value.Parameter
    public abstract String templateName();

    /** A template. */
    public static OptimoveTemplate of(long templateId, String templateName) {
        return ImmutableOptimoveTemplate.of(templateId, templateName);
    }
}
