package io.github.cheetahoptimove.cheetah;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An email template and the data map fields its content personalizes with. */
@Value.Immutable
public abstract class Template {
    Template() {}

    /** The template's id. */
    public abstract TemplateId id();

    /** The template's name. */
    public abstract String name();

    /** The subject line, empty when the API gives none. */
    @Value.Default
    public String subject() {
        return "";
    }

    /** The folder holding the template. */
    public abstract Optional<FolderId> folderId();

    /** When the template was last changed. */
    public abstract Optional<OffsetDateTime> modifiedAt();

    /** The data map fields (Map To names) that the content uses, e.g. {@code FNAME}. */
    public abstract List<String> personalizationFields();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Template}. */
    static final class Builder extends ImmutableTemplate.Builder {}
}
