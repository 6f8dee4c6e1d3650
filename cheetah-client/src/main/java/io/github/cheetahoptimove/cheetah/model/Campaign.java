package io.github.cheetahoptimove.cheetah.model;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** An email campaign as CheetahMail holds it. */
@Value.Immutable
public abstract class Campaign {
    Campaign() {}

    /** The campaign's id. */
    public abstract CampaignId id();

    /** The campaign's name. */
    @Value.Default
    public String name() {
        return "";
    }

    /** The template it sends. */
    public abstract Optional<TemplateId> templateId();

    /** The list it sends to. */
    public abstract Optional<ListId> listId();

    /** The caller's reference, when one was set. */
    public abstract Optional<String> externalRef();

    /** Where it is in its lifecycle. */
    public abstract CampaignStatus status();

    /** When it is (or was) launched, with the account zone's offset; absent for a draft. */
    public abstract Optional<OffsetDateTime> launchTime();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Campaign}. */
    public static final class Builder extends ImmutableCampaign.Builder {}
}
