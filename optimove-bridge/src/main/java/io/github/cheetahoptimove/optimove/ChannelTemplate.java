package io.github.cheetahoptimove.optimove;

import java.util.List;
import org.immutables.value.Value;

/**
 * A template of the Optimove folder as offered to Optimove ({@code TemplateID}, {@code TemplateName}),
 * with the personalization fields it uses and those of them that no attribute is mapped onto.
 */
@Value.Immutable
public abstract class ChannelTemplate {
    ChannelTemplate() {}

    /** Optimove's {@code TemplateID}: the CheetahMail template id. */
    public abstract long templateId();

    /** Optimove's {@code TemplateName}. */
    public abstract String templateName();

    /** The data map fields the template's content uses. */
    public abstract List<String> personalizationFields();

    /** Fields the template uses that the integration does not fill: the template is flagged. */
    public abstract List<String> unmappedFields();

    /** Whether every field the template uses is filled by the integration. */
    public boolean usable() {
        return unmappedFields().isEmpty();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChannelTemplate}. */
    public static final class Builder extends ImmutableChannelTemplate.Builder {}
}
