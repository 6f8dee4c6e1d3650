package io.github.cheetahoptimove.cheetah;

import java.util.Optional;
import org.immutables.value.Value;

/** What it takes to create an email campaign; it starts as {@link CampaignStatus#DRAFT}. */
@Value.Immutable
public abstract class NewCampaign {
    NewCampaign() {}

    /** The account the campaign belongs to. */
    public abstract CustId custId();

    /** The campaign's name. */
    public abstract String name();

    /** The template to send. */
    public abstract TemplateId templateId();

    /** The list to send to. */
    public abstract ListId listId();

    /**
     * A caller-chosen reference (at most 100 characters) by which the campaign can be found again
     * with {@code campaigns().listByExternalRef(...)}.
     */
    public abstract Optional<String> externalRef();

    @Value.Check
    final void check() {
        if (name().trim().isEmpty()) {
            throw new IllegalArgumentException("NewCampaign.name must not be blank");
        }
        if (externalRef().isPresent() && externalRef().get().length() > 100) {
            throw new IllegalArgumentException("NewCampaign.externalRef must be at most 100 characters");
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewCampaign}. */
    public static final class Builder extends ImmutableNewCampaign.Builder {}
}
