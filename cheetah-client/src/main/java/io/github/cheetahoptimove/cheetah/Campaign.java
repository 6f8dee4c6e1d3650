package io.github.cheetahoptimove.cheetah;

import java.time.Instant;
import java.time.ZoneId;
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

    /** The instant it is (or was) scheduled to send at; absent for a draft, or one launched without a time. */
    public abstract Optional<Instant> scheduledAt();

    /** The time zone its schedule was written in; {@code UTC} when it was written in UTC. */
    public abstract Optional<ZoneId> scheduledZone();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Campaign}. */
    static final class Builder extends ImmutableCampaign.Builder {}
}
