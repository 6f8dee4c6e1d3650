package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.AmbiguousOutcomeException;
import io.github.cheetahoptimove.cheetah.Campaign;
import io.github.cheetahoptimove.cheetah.CampaignId;
import io.github.cheetahoptimove.cheetah.ConflictException;
import io.github.cheetahoptimove.cheetah.ListId;
import io.github.cheetahoptimove.cheetah.NewCampaign;
import io.github.cheetahoptimove.cheetah.NewList;
import io.github.cheetahoptimove.cheetah.TargetList;
import io.github.cheetahoptimove.cheetah.TemplateId;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Find-or-create for one template's CheetahMail objects: look up first, create when absent, and
 * after a create whose outcome is unclear look up again before creating once more. The same path
 * serves a first run, a rerun and a recovery from a crash.
 */
final class FindOrCreate {
    private static final Logger LOG = LoggerFactory.getLogger(FindOrCreate.class);

    private final ExecutionContext context;
    private final OptimoveCampaign campaign;
    private final long templateId;
    private boolean createdList;

    FindOrCreate(ExecutionContext context, OptimoveCampaign campaign, long templateId) {
        this.context = context;
        this.campaign = campaign;
        this.templateId = templateId;
    }

    /** The template's list, by its rule-2 name. */
    ListId list(String name) {
        Optional<TargetList> found = context.client.lists().findByName(name);
        if (found.isPresent()) {
            return found.get().id();
        }
        NewList list = NewList.of(context.settings.custId(), name, context.settings.dataMapId());
        ListId created;
        try {
            created = context.client.lists().create(list);
        } catch (AmbiguousOutcomeException | ConflictException e) {
            LOG.info("list creation for campaign {} template {} unclear ({}); looking it up",
                    campaign.campaignId(), templateId, e.getClass().getSimpleName());
            Optional<TargetList> again = context.client.lists().findByName(name);
            if (again.isPresent()) {
                createdList = e instanceof AmbiguousOutcomeException;
                return again.get().id();
            }
            if (e instanceof ConflictException) {
                throw e;
            }
            created = context.client.lists().create(list);
        }
        createdList = true;
        return created;
    }

    /** Whether {@link #list} created the list rather than finding one of an earlier run. */
    boolean createdList() {
        return createdList;
    }

    /** The template's campaign, by the execution's external reference. */
    CampaignId campaign(String ref, ListId list) {
        NewCampaign c = NewCampaign.builder().custId(context.settings.custId())
                .name(Names.campaignName(campaign.campaignId(), templateId, campaign.scheduledDate()))
                .templateId(TemplateId.of(templateId)).listId(list).externalRef(ref).build();
        try {
            return context.client.campaigns().create(c);
        } catch (AmbiguousOutcomeException e) {
            LOG.info("campaign creation for campaign {} template {} unclear; looking it up",
                    campaign.campaignId(), templateId);
            Optional<CampaignId> again = context.client.campaigns().listByExternalRef(ref).stream()
                    .filter(x -> x.templateId().equals(Optional.of(TemplateId.of(templateId))))
                    .map(Campaign::id).min(Comparator.naturalOrder());
            return again.orElseGet(() -> context.client.campaigns().create(c));
        }
    }
}
