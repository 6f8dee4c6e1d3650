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
 * One template's share of an execution: its records and rejects while the recipients are mapped,
 * then the four steps of {@link ExecutionStep} from {@code LIST_READY} to {@code SCHEDULED}, each a
 * small method run through {@link #step}, which turns a failed call into a typed failure of that
 * step. Not thread-safe.
 *
 * <p>When the template is to be sent, records go to its list while the input is still read: a record
 * whose identifier an {@link IdentifierFilter} calls surely new is fed to a {@link ListFeed} at once
 * (its identifier noted in the spill), and only the possible duplicates wait in the
 * {@link TemplateSpill} for the exact check after the last recipient. So reading Optimove's pages and
 * uploading overlap, the first of two records with one identifier is the one sent, and every later
 * one is reported as a duplicate, as if everything had been checked first. The list is created when
 * the first batch of {@value ListFeed#BATCH} is full; if the input then fails, {@link #discard}
 * deletes it again.
 */
final class TemplateExecution implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateExecution.class);

    private final ExecutionContext context;
    private final OptimoveCampaign campaign;
    private final long templateId;
    private final boolean dryRun;
    private final long[] rejectsListed;
    private final String ref;
    private final Instant sendAt;
    /** The campaign an earlier run made for this template, if any. */
    private final Optional<Campaign> found;
    private final FindOrCreate objects;
    private final List<RejectedRecipient> rejected = new ArrayList<>();
    private final TemplateReport.Builder report = TemplateReport.builder();
    /** Records held back: all of them, or with a filter only the possible duplicates. */
    private TemplateSpill spill;
    /** Present while records go to the list as they are read. */
    private IdentifierFilter filter;
    private ListFeed feed;
    /** Why feeding the list during the read stopped. */
    private ExecutionFailure feedFailure;
    private ListId list;
    private long mapped;
    private long uploadedCount;
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

    /**
     * @param ref the execution's external reference
     * @param sendAt the instant to send at
     * @param existing the campaigns an earlier run made for the execution
     */
    TemplateExecution(ExecutionContext context, OptimoveCampaign campaign, long templateId, boolean dryRun,
            long[] rejectsListed, String ref, Instant sendAt, List<Campaign> existing) {
        this.context = context;
        this.campaign = campaign;
        this.templateId = templateId;
        this.dryRun = dryRun;
        this.rejectsListed = rejectsListed;
        this.ref = ref;
        this.sendAt = sendAt;
        this.objects = new FindOrCreate(context, campaign, templateId);
        // Template 0 gathers rows with no usable template: it never has a campaign of its own.
        this.found = templateId <= 0 ? Optional.empty() : existing.stream()
                .filter(c -> c.templateId().equals(Optional.of(TemplateId.of(templateId))))
                .min(Comparator.comparing(Campaign::id));
        boolean done = found.isPresent() && alreadyDone(found.get(), sendAt);
        if (!dryRun && !done && context.templates.contains(templateId) && sendAt.isAfter(context.clock.instant())) {
            this.filter = new IdentifierFilter();
        }
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

    /** Takes a mapped record: to the list now when its identifier is surely new, else kept for the exact check. */
    void add(String identifier, EncodedRecord record) {
        mapped++;
        if (spill == null) {
            spill = new TemplateSpill(context.spillDirectory, templateId);
        }
        if (filter != null && feedFailure == null && filter.add(identifier)) {
            spill.noteUploaded(identifier);
            try {
                feed().add(record);
            } catch (StepFailed f) {
                stopFeeding(f.failure);
            } catch (CheetahException e) {
                LOG.warn("campaign {} template {}: {} failed: {}", campaign.campaignId(), templateId,
                        ExecutionStep.RECORDS_UPLOADED, e.getMessage());
                stopFeeding(ExecutionFailure.of(ExecutionStep.RECORDS_UPLOADED, e));
            }
        } else {
            spill.write(identifier, record);
        }
        if (mapped % 10_000 == 0) {
            context.listener.mapped(campaign.campaignId(), templateId, mapped);
        }
    }

    private void stopFeeding(ExecutionFailure failure) {
        feedFailure = failure;
        feed.abandon();
    }

    void mappingDone() {
        context.listener.mapped(campaign.campaignId(), templateId, mapped);
    }

    TemplateReport run() {
        try {
            if (found.isPresent() && alreadyDone(found.get(), sendAt)) {
                return reportDone(found.get());
            }
            if (mapped == 0) {
                return finish();
            }
            if (feedFailure != null) {
                throw new StepFailed(feedFailure);
            }
            if (!sendAt.isAfter(context.clock.instant())) {
                readAll();
                throw new StepFailed(ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, FailureKind.INVALID_INPUT,
                        "the send time is in the past; this template was not sent"));
            }
            if (dryRun) {
                return preview();
            }
            ListId target = feed().open();
            long accepted = step(ExecutionStep.RECORDS_UPLOADED, this::uploadRest);
            report.accepted(accepted);
            if (accepted == 0 && context.client.lists().get(target).recordCount() == 0) {
                return finish();
            }
            CampaignId id = step(ExecutionStep.CAMPAIGN_READY,
                    () -> found.isPresent() ? found.get().id() : objects.campaign(ref, target));
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

    private ListFeed feed() {
        if (feed == null) {
            feed = new ListFeed(context.client.lists(), context.settings.dataMapId(), this::openList, this::uploaded);
        }
        return feed;
    }

    private ListId openList() {
        String name = Names.listName(campaign.campaignId(), templateId, campaign.scheduledDate());
        list = step(ExecutionStep.LIST_READY, () -> objects.list(name));
        report.listId(list);
        return list;
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
    private TemplateReport preview() {
        report.accepted(readAll());
        String name = Names.listName(campaign.campaignId(), templateId, campaign.scheduledDate());
        context.client.lists().findByName(name).map(TargetList::id).ifPresent(report::listId);
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

    /** Feeds the held-back records that are not duplicates, then waits for every batch. */
    private long uploadRest() {
        for (Iterator<EncodedRecord> it = spill.read(this::duplicate); it.hasNext(); ) {
            feed.add(it.next());
        }
        return feed.finish();
    }

    private void uploaded(UploadResult part) {
        for (RecordReject r : part.rejected()) {
            reject(CampaignExecution.customerOf(r), r.reason());
        }
        uploadedCount += part.sent();
        if (part.sent() > 0) {
            context.listener.uploaded(campaign.campaignId(), templateId, uploadedCount);
        }
    }

    /**
     * After the input failed part-way: stops the uploads and deletes the list if this execution
     * created it, so that nothing of the campaign is left in CheetahMail.
     *
     * @return what is left behind: empty when nothing, else why the list could not be deleted
     */
    Optional<String> discard() {
        if (feed == null || !feed.opened()) {
            return Optional.empty();
        }
        feed.abandon();
        if (!objects.createdList()) {
            return Optional.empty(); // an earlier run's list: a rerun goes on with it
        }
        try {
            context.client.lists().delete(list);
            return Optional.empty();
        } catch (CheetahException e) {
            LOG.warn("campaign {} template {}: deleting list {} failed: {}", campaign.campaignId(), templateId,
                    list.value(), e.getMessage());
            return Optional.of("list " + list.value() + " (" + e.getMessage() + ")");
        }
    }

    /** Whether this execution created a list (and so whether {@link #discard} had anything to undo). */
    boolean createdList() {
        return objects.createdList();
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.abandon();
        }
        if (spill != null) {
            spill.close();
        }
    }
}
