package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.Campaign;
import io.github.cheetahoptimove.cheetah.CampaignId;
import io.github.cheetahoptimove.cheetah.CampaignStatus;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.EncodedRecord;
import io.github.cheetahoptimove.cheetah.ListId;
import io.github.cheetahoptimove.cheetah.RecordReject;
import io.github.cheetahoptimove.cheetah.TargetList;
import io.github.cheetahoptimove.cheetah.TemplateId;
import io.github.cheetahoptimove.cheetah.UploadResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One template's share of an execution: its spill of records and rejects while the recipients are
 * mapped, then the four steps of {@link ExecutionStep} from {@code LIST_READY} to {@code SCHEDULED},
 * each a small method run through {@link #step}, which turns a failed call into a typed failure of
 * that step. Not thread-safe.
 */
final class TemplateExecution implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateExecution.class);

    private final ExecutionContext context;
    private final OptimoveCampaign campaign;
    private final long templateId;
    private final boolean dryRun;
    private final long[] rejectsListed;
    private final FindOrCreate objects;
    private final List<RejectedRecipient> rejected = new ArrayList<>();
    private final TemplateReport.Builder report = TemplateReport.builder();
    private TemplateSpill spill;
    private long rejectedCount;

    /** A failed step, carried to {@link #run}'s one exit for failures. */
    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ExecutionFailure failure;

        StepFailed(ExecutionFailure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }
    }

    TemplateExecution(ExecutionContext context, OptimoveCampaign campaign, long templateId, boolean dryRun,
            long[] rejectsListed) {
        this.context = context;
        this.campaign = campaign;
        this.templateId = templateId;
        this.dryRun = dryRun;
        this.rejectsListed = rejectsListed;
        this.objects = new FindOrCreate(context, campaign, templateId);
        report.templateId(templateId);
    }

    /** A customer that will not be sent, and why; every one is counted, a bounded number listed. */
    void reject(String customerId, String reason) {
        rejectedCount++;
        if (rejected.size() < context.rejectsKept && rejectsListed[0] < 5L * context.rejectsKept) {
            rejected.add(RejectedRecipient.of(customerId, reason));
            rejectsListed[0]++;
        }
        context.listener.rejected(campaign.campaignId(), templateId, rejectedCount);
    }

    /** Keeps a mapped record until the upload, keyed by its identifier for the duplicate check. */
    void spill(String identifier, EncodedRecord record) {
        if (spill == null) {
            spill = new TemplateSpill(context.spillDirectory, templateId);
        }
        spill.write(identifier, record);
        if (spill.count() % 10_000 == 0) {
            context.listener.mapped(campaign.campaignId(), templateId, spill.count());
        }
    }

    void mappingDone() {
        context.listener.mapped(campaign.campaignId(), templateId, spill == null ? 0 : spill.count());
    }

    TemplateReport run(String ref, Instant sendAt, List<Campaign> existing) {
        // Template 0 gathers rows with no usable template: it never has a campaign of its own.
        Optional<Campaign> found = templateId <= 0 ? Optional.empty() : existing.stream()
                .filter(c -> c.templateId().equals(Optional.of(TemplateId.of(templateId))))
                .min(Comparator.comparing(Campaign::id));
        try {
            if (found.isPresent() && alreadyDone(found.get(), sendAt)) {
                return reportDone(found.get());
            }
            if (spill == null) {
                return finish();
            }
            if (!sendAt.isAfter(context.clock.instant())) {
                readAll();
                throw new StepFailed(ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, FailureKind.INVALID_INPUT,
                        "the send time is in the past; this template was not sent"));
            }
            String name = Names.listName(campaign.campaignId(), templateId, campaign.scheduledDate());
            if (dryRun) {
                return preview(name, found, sendAt);
            }
            ListId list = step(ExecutionStep.LIST_READY, () -> objects.list(name));
            report.listId(list);
            UploadResult uploaded = step(ExecutionStep.RECORDS_UPLOADED, () -> upload(list));
            report.accepted(uploaded.accepted());
            if (uploaded.accepted() == 0 && context.client.lists().get(list).recordCount() == 0) {
                return finish();
            }
            CampaignId id = step(ExecutionStep.CAMPAIGN_READY,
                    () -> found.isPresent() ? found.get().id() : objects.campaign(ref, list));
            report.cheetahCampaignId(id);
            step(ExecutionStep.SCHEDULED, () -> context.client.campaigns().schedule(id, sendAt, context.accountZone));
            report.scheduledAt(sendAt);
            return finish();
        } catch (StepFailed f) {
            report.failure(f.failure.about(campaign.campaignId(), templateId));
            return finish();
        } catch (CheetahException e) {
            // A call outside the four steps: reading the list or the campaign of an earlier run.
            report.failure(ExecutionFailure.of(ExecutionStep.CAMPAIGN_LOOKUP, e).about(campaign.campaignId(),
                    templateId));
            return finish();
        }
    }

    /** Runs one step; a failed call becomes that step's typed failure, a finished step is announced. */
    private <T> T step(ExecutionStep step, Supplier<T> action) {
        T result;
        try {
            result = action.get();
        } catch (CheetahException e) {
            LOG.warn("campaign {} template {}: {} failed: {}", campaign.campaignId(), templateId, step,
                    e.getMessage());
            throw new StepFailed(ExecutionFailure.of(step, e));
        }
        context.listener.stepDone(campaign.campaignId(), templateId, step);
        return result;
    }

    private static boolean alreadyDone(Campaign c, Instant sendAt) {
        return c.status().hasStartedSending() || (c.status() == CampaignStatus.SCHEDULED
                && c.scheduledAt().equals(Optional.of(sendAt)));
    }

    /** An earlier run did the work: report what it made, and read the spill only for its duplicates. */
    private TemplateReport reportDone(Campaign c) {
        report.cheetahCampaignId(c.id()).listId(c.listId()).alreadyDone(true).scheduledAt(c.scheduledAt());
        if (spill != null) {
            readAll();
        }
        report.accepted(c.listId().map(l -> context.client.lists().get(l).recordCount()).orElse(0L));
        return finish();
    }

    /** What a real run would do, from lookups alone. */
    private TemplateReport preview(String listName, Optional<Campaign> found, Instant sendAt) {
        report.accepted(readAll());
        context.client.lists().findByName(listName).map(TargetList::id).ifPresent(report::listId);
        found.map(Campaign::id).ifPresent(report::cheetahCampaignId);
        report.scheduledAt(sendAt);
        return finish();
    }

    private TemplateReport finish() {
        return report.rejected(rejected).rejectedCount(rejectedCount).build();
    }

    /** Reads the spill through for its duplicates alone; returns the records it holds. */
    private long readAll() {
        long n = 0;
        for (Iterator<EncodedRecord> it = spill.read(this::duplicate); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private void duplicate(EncodedRecord record) {
        reject(record.key().orElse(""), "duplicate: the same " + context.settings.identifierField()
                + " appears earlier in this template's list");
    }

    private UploadResult upload(ListId list) {
        long[] uploaded = {0};
        return context.client.lists().uploadAllEncoded(list, context.settings.dataMapId(),
                spill.read(this::duplicate), part -> {
                    for (RecordReject r : part.rejected()) {
                        reject(CampaignExecution.customerOf(r), r.reason());
                    }
                    uploaded[0] += part.sent();
                    if (part.sent() > 0) {
                        context.listener.uploaded(campaign.campaignId(), templateId, uploaded[0]);
                    }
                });
    }

    @Override
    public void close() {
        if (spill != null) {
            spill.close();
        }
    }
}
