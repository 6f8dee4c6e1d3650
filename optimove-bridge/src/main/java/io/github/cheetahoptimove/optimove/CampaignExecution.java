package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.Campaign;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.EncodedRecord;
import io.github.cheetahoptimove.cheetah.RecordReject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * Executes one Optimove campaign: checks it, maps its recipients into one {@link TemplateExecution}
 * per template (which may upload them while they are read), then lets each template finish. Every
 * failure ends up in the report, typed; nothing is thrown for a failure of the campaign. A failure
 * to read the recipients leaves nothing behind: lists begun for the campaign are deleted. Not
 * thread-safe: one per execution.
 */
final class CampaignExecution {
    /** Distinct unknown template ids reported on their own; the rest share the report of template 0. */
    static final int UNKNOWN_TEMPLATES_REPORTED = 1000;

    private final ExecutionContext context;
    private final OptimoveCampaign campaign;
    private final boolean dryRun;
    /** Rejects listed across all templates so far: at most five templates' worth are kept in memory. */
    private final long[] rejectsListed = {0};

    CampaignExecution(ExecutionContext context, OptimoveCampaign campaign, boolean dryRun) {
        this.context = context;
        this.campaign = campaign;
        this.dryRun = dryRun;
    }

    ExecutionReport run() {
        ExecutionReport.Builder report = ExecutionReport.builder().campaignId(campaign.campaignId())
                .channelId(campaign.channelId()).dryRun(dryRun);
        Instant sendAt = SendTime.resolve(campaign.scheduledTime(), campaign.siteZone());
        report.sendAt(sendAt);
        Optional<String> problem = context.setupProblem();
        if (problem.isPresent()) {
            return failed(report, ExecutionFailure.of(ExecutionStep.SETUP_READ, FailureKind.SETUP,
                    "setup problem: " + problem.get()));
        }
        String ref = Names.externalRef(campaign.campaignId(), campaign.scheduledDate());
        List<Campaign> existing;
        try {
            existing = context.client.campaigns().listByExternalRef(ref);
        } catch (CheetahException e) {
            return failed(report, ExecutionFailure.of(ExecutionStep.CAMPAIGN_LOOKUP, e));
        }
        if (!sendAt.isAfter(context.clock.instant()) && existing.isEmpty()) {
            return failed(report, ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, FailureKind.INVALID_INPUT,
                    "the send time " + campaign.scheduledTime() + " (" + campaign.siteZone() + ") is in the past; "
                            + "nothing was created. Reschedule the campaign in Optimove"));
        }
        Map<Long, TemplateExecution> work = new TreeMap<>();
        boolean read = false;
        try {
            long[] counts = split(work, ref, sendAt, existing);
            read = true;
            if (counts[0] > 0 && counts[1] == 0) {
                return failed(report, ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, FailureKind.INVALID_INPUT,
                        "none of the campaign's " + counts[0] + " recipients has the identifier attribute "
                                + context.settings.identifierAttribute() + " (it fills "
                                + context.settings.identifierField() + "): is the " + context.settings.identifierAttribute()
                                + " column missing? Nothing was created"));
            }
            if (work.isEmpty()) {
                return failed(report, ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, FailureKind.INVALID_INPUT,
                        "the campaign has no recipients; nothing was created"));
            }
            for (TemplateExecution t : work.values()) {
                report.addTemplates(t.run());
            }
        } catch (GuardedListener.ListenerException e) {
            throw e;
        } catch (RuntimeException e) {
            // Reading the recipients failed (a host's source, a spill file). While they were read no
            // campaign was made, and the lists begun are deleted again; later, what the templates
            // before made stays, and a rerun finishes the work.
            return failed(report, ExecutionFailure.ofInput(e, read ? "a rerun finishes the work" : discard(work)));
        } finally {
            work.values().forEach(TemplateExecution::close);
        }
        return report.build();
    }

    /** Undoes the lists begun for the campaign; says what is left in CheetahMail. */
    private static String discard(Map<Long, TemplateExecution> work) {
        List<String> left = new ArrayList<>();
        boolean created = false;
        for (TemplateExecution t : work.values()) {
            t.discard().ifPresent(left::add);
            created |= t.createdList();
        }
        if (!left.isEmpty()) {
            return "the lists begun for it could not all be deleted, a rerun reuses them: " + String.join(", ", left);
        }
        return created ? "the lists begun for it were deleted" : "nothing was created";
    }

    private ExecutionReport failed(ExecutionReport.Builder report, ExecutionFailure failure) {
        return report.failure(failure.about(campaign.campaignId())).build();
    }

    /**
     * Maps every recipient into its template's execution (uploaded at once when surely new, else
     * held in the spill), or into a reject.
     *
     * @return the recipients read, and how many of them had a non-blank identifier attribute
     */
    private long[] split(Map<Long, TemplateExecution> work, String ref, Instant sendAt, List<Campaign> existing) {
        long read = 0;
        long identified = 0;
        RecordMapper mapper = new RecordMapper(context.settings, context.dataMap, context.templates);
        String[] fields = mapper.fields();
        RecordMapper.Mapped m = new RecordMapper.Mapped(fields.length);
        String[] names = new String[fields.length + 1];
        String[] values = new String[fields.length + 1];
        names[0] = mapper.identifierField();
        System.arraycopy(fields, 0, names, 1, fields.length);
        LongFunction<TemplateExecution> begin =
                id -> new TemplateExecution(context, campaign, id, dryRun, rejectsListed, ref, sendAt, existing);
        try (Stream<Recipient> recipients = campaign.recipients().open()) {
            Iterator<Recipient> it = recipients.iterator();
            int unknown = 0;
            while (it.hasNext()) {
                Recipient r = it.next();
                read++;
                if (r.unreadableReason().isPresent()) {
                    work.computeIfAbsent(0L, begin::apply)
                            .reject(r.customerId(), r.unreadableReason().get());
                    continue;
                }
                String identifier = r.attribute(context.settings.identifierAttribute());
                if (identifier != null && !identifier.trim().isEmpty()) {
                    identified++;
                }
                long bucket = r.templateId();
                if (!context.templates.contains(bucket) && !work.containsKey(bucket)
                        && ++unknown > UNKNOWN_TEMPLATES_REPORTED) {
                    bucket = 0; // keeps memory bounded when the input names endless bogus templates
                }
                TemplateExecution t = work.computeIfAbsent(bucket, begin::apply);
                mapper.map(r, m);
                if (m.reason != null) {
                    t.reject(r.customerId(), m.reason);
                    continue;
                }
                values[0] = m.key;
                System.arraycopy(m.values, 0, values, 1, fields.length);
                t.add(m.key, EncodedRecord.encode(r.customerId(), names, values));
            }
        }
        work.values().forEach(TemplateExecution::mappingDone);
        return new long[] {read, identified};
    }

    /** The customer an upload reject belongs to: the key its record was encoded with. */
    static String customerOf(RecordReject reject) {
        return reject.key().orElse("record " + reject.index());
    }
}
