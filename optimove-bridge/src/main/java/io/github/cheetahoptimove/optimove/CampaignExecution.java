package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.AmbiguousOutcomeException;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.ConflictException;
import io.github.cheetahoptimove.cheetah.EncodedRecord;
import io.github.cheetahoptimove.cheetah.RecordEncoder;
import io.github.cheetahoptimove.cheetah.model.Campaign;
import io.github.cheetahoptimove.cheetah.model.CampaignId;
import io.github.cheetahoptimove.cheetah.model.CampaignStatus;
import io.github.cheetahoptimove.cheetah.model.ListId;
import io.github.cheetahoptimove.cheetah.model.NewCampaign;
import io.github.cheetahoptimove.cheetah.model.NewList;
import io.github.cheetahoptimove.cheetah.model.RecordReject;
import io.github.cheetahoptimove.cheetah.model.TargetList;
import io.github.cheetahoptimove.cheetah.model.TemplateId;
import io.github.cheetahoptimove.cheetah.model.UploadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes one Optimove campaign: maps its recipients, spills them per template, and per template
 * finds or creates the list, uploads, finds or creates the campaign and schedules it. Every
 * "find or create" looks up first, and again after an ambiguous failure, so the same path serves
 * a first run, a rerun and a recovery from a crash. Not thread-safe: one per execution.
 */
final class CampaignExecution {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignExecution.class);
    private static final DateTimeFormatter LIST_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Stream indexes remembered for mapping rejects back to customers: two batches in flight and one filling. */
    private static final int RING = 4096;
    /** Distinct unknown template ids reported on their own; the rest share the report of template 0. */
    static final int UNKNOWN_TEMPLATES_REPORTED = 1000;

    private final CheetahClient client;
    private final IntegrationSettings settings;
    private final ExecutionContext context;
    private final OptimoveCampaign campaign;
    private final ProgressListener listener;
    private final Path spillDir;
    private final int rejectsKept;
    private final Clock clock;
    private final boolean dryRun;
    /** Rejects listed across all templates so far: at most five templates' worth are kept in memory. */
    private long rejectsListed;

    CampaignExecution(CheetahClient client, IntegrationSettings settings, ExecutionContext context,
            OptimoveCampaign campaign, ProgressListener listener, Path spillDir, int rejectsKept, Clock clock,
            boolean dryRun) {
        this.client = client;
        this.settings = settings;
        this.context = context;
        this.campaign = campaign;
        this.listener = listener;
        this.spillDir = spillDir;
        this.rejectsKept = rejectsKept;
        this.clock = clock;
        this.dryRun = dryRun;
    }

    /** Rule 2: the reference every campaign of this execution carries. */
    static String externalRef(long campaignId, java.time.LocalDate date) {
        return "optimove:" + campaignId + ":" + date;
    }

    /** Rule 2: the name of one template's list. */
    static String listName(long campaignId, long templateId, java.time.LocalDate date) {
        return "optimove-" + campaignId + "-" + templateId + "-" + LIST_DATE.format(date);
    }

    ExecutionReport run() {
        ExecutionReport.Builder report = ExecutionReport.builder().campaignId(campaign.campaignId())
                .channelId(campaign.channelId()).dryRun(dryRun);
        Instant sendAt = SendTime.resolve(campaign.scheduledTime(), campaign.siteZone());
        report.sendAt(sendAt);
        Optional<String> problem = context.setupProblem(settings);
        if (problem.isPresent()) {
            return report.error("setup problem: " + problem.get()).build();
        }
        String ref = externalRef(campaign.campaignId(), campaign.scheduledDate());
        List<Campaign> existing = client.campaigns().findByExternalRef(ref);
        if (!sendAt.isAfter(clock.instant()) && existing.isEmpty()) {
            return report.error("the send time " + campaign.scheduledTime() + " (" + campaign.siteZone() + ") is in "
                    + "the past; nothing was created. Reschedule the campaign in Optimove").build();
        }
        Map<Long, TemplateWork> work = new TreeMap<>();
        try {
            split(work);
            if (work.isEmpty()) {
                return report.error("the campaign has no recipients; nothing was created").build();
            }
            for (TemplateWork t : work.values()) {
                report.addTemplates(t.run(ref, sendAt, existing));
            }
        } finally {
            work.values().forEach(TemplateWork::close);
        }
        return report.build();
    }

    private void split(Map<Long, TemplateWork> work) {
        RecordMapper mapper = new RecordMapper(settings, context.dataMap, context.templates);
        String[] fields = mapper.fields();
        RecordMapper.Mapped m = new RecordMapper.Mapped(fields.length);
        RecordEncoder encoder = client.lists().encoder();
        String[] names = new String[fields.length + 1];
        String[] values = new String[fields.length + 1];
        names[0] = mapper.identifierField();
        System.arraycopy(fields, 0, names, 1, fields.length);
        try (Stream<Recipient> recipients = campaign.recipients().open()) {
            Iterator<Recipient> it = recipients.iterator();
            int unknown = 0;
            while (it.hasNext()) {
                Recipient r = it.next();
                long bucket = r.templateId();
                if (!context.templates.contains(bucket) && !work.containsKey(bucket)
                        && ++unknown > UNKNOWN_TEMPLATES_REPORTED) {
                    bucket = 0; // keeps memory bounded when the input names endless bogus templates
                }
                TemplateWork t = work.computeIfAbsent(bucket, TemplateWork::new);
                mapper.map(r, m);
                if (m.reason != null) {
                    t.reject(r.customerId(), m.reason);
                    continue;
                }
                if (t.spill == null) {
                    t.spill = new TemplateSpill(spillDir, t.templateId);
                }
                values[0] = m.key;
                System.arraycopy(m.values, 0, values, 1, fields.length);
                t.spill.write(r.customerId(), m.key, encoder.encode(names, values));
                if (t.spill.count() % 10_000 == 0) {
                    listener.mapped(campaign.campaignId(), t.templateId, t.spill.count());
                }
            }
        }
        for (TemplateWork t : work.values()) {
            listener.mapped(campaign.campaignId(), t.templateId, t.spill == null ? 0 : t.spill.count());
        }
    }

    /** One template's share of the execution. */
    private final class TemplateWork implements AutoCloseable {
        final long templateId;
        TemplateSpill spill;
        final List<RejectedRecipient> rejected = new ArrayList<>();
        long rejectedCount;
        final TemplateReport.Builder report = TemplateReport.builder();

        TemplateWork(long templateId) {
            this.templateId = templateId;
            report.templateId(templateId);
        }

        void reject(String customerId, String reason) {
            rejectedCount++;
            if (rejected.size() < rejectsKept && rejectsListed < 5L * rejectsKept) {
                rejected.add(RejectedRecipient.of(customerId, reason));
                rejectsListed++;
            }
            listener.rejected(campaign.campaignId(), templateId, rejectedCount);
        }

        TemplateReport run(String ref, Instant sendAt, List<Campaign> existing) {
            String step = "looking up the campaign";
            try {
                Optional<Campaign> found = existing.stream()
                        .filter(c -> c.templateId().equals(Optional.of(TemplateId.of(templateId))))
                        .min(Comparator.comparing(Campaign::id));
                if (found.isPresent() && done(found.get(), sendAt)) {
                    Campaign c = found.get();
                    report.cheetahCampaignId(c.id()).listId(c.listId()).alreadyDone(true)
                            .scheduledAt(c.launchTime().map(OffsetDateTime::toInstant));
                    if (spill != null) {
                        readAll();
                    }
                    step = "reading the list";
                    report.accepted(c.listId().map(l -> client.lists().get(l).recordCount()).orElse(0L));
                    return finish();
                }
                if (spill == null) {
                    return finish();
                }
                if (!sendAt.isAfter(clock.instant())) {
                    readAll();
                    report.error("the send time is in the past; this template was not sent");
                    return finish();
                }
                String name = listName(campaign.campaignId(), templateId, campaign.scheduledDate());
                if (dryRun) {
                    report.accepted(readAll());
                    client.lists().findByName(name).map(TargetList::id).ifPresent(report::listId);
                    found.map(Campaign::id).ifPresent(report::cheetahCampaignId);
                    report.scheduledAt(sendAt);
                    return finish();
                }
                step = "creating the list";
                ListId list = findOrCreateList(name);
                report.listId(list);
                listener.stepDone(campaign.campaignId(), templateId, ExecutionStep.LIST_READY);

                step = "uploading records";
                UploadResult uploaded = upload(list);
                report.accepted(uploaded.accepted());
                listener.stepDone(campaign.campaignId(), templateId, ExecutionStep.RECORDS_UPLOADED);
                if (uploaded.accepted() == 0 && client.lists().get(list).recordCount() == 0) {
                    return finish();
                }

                step = "creating the campaign";
                CampaignId id = found.isPresent() ? found.get().id() : findOrCreateCampaign(ref, list);
                report.cheetahCampaignId(id);
                listener.stepDone(campaign.campaignId(), templateId, ExecutionStep.CAMPAIGN_READY);

                step = "scheduling the campaign";
                client.campaigns().schedule(id, sendAt, context.accountZone);
                report.scheduledAt(sendAt);
                listener.stepDone(campaign.campaignId(), templateId, ExecutionStep.SCHEDULED);
                return finish();
            } catch (CheetahException e) {
                LOG.warn("campaign {} template {}: {} failed: {}", campaign.campaignId(), templateId, step,
                        e.getMessage());
                report.error(step + " failed: " + e.getMessage());
                return finish();
            }
        }

        private boolean done(Campaign c, Instant sendAt) {
            return c.status().hasStartedSending() || (c.status() == CampaignStatus.SCHEDULED
                    && c.launchTime().map(OffsetDateTime::toInstant).equals(Optional.of(sendAt)));
        }

        private TemplateReport finish() {
            return report.rejected(rejected).rejectedCount(rejectedCount).build();
        }

        /** Reads the spill through for its duplicates alone; returns the records it holds. */
        private long readAll() {
            long n = 0;
            for (Iterator<EncodedRecord> it = spill.read(new Rejecting(new byte[1][])); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }

        private ListId findOrCreateList(String name) {
            Optional<TargetList> found = client.lists().findByName(name);
            if (found.isPresent()) {
                return found.get().id();
            }
            NewList list = NewList.builder().custId(settings.custId()).name(name).dataMapId(settings.propMapId())
                    .build();
            try {
                return client.lists().create(list);
            } catch (AmbiguousOutcomeException | ConflictException e) {
                LOG.info("list creation for campaign {} template {} unclear ({}); looking it up",
                        campaign.campaignId(), templateId, e.getClass().getSimpleName());
                Optional<TargetList> again = client.lists().findByName(name);
                if (again.isPresent()) {
                    return again.get().id();
                }
                if (e instanceof ConflictException) {
                    throw e;
                }
                return client.lists().create(list);
            }
        }

        private CampaignId findOrCreateCampaign(String ref, ListId list) {
            NewCampaign c = NewCampaign.builder().custId(settings.custId())
                    .name("Optimove " + campaign.campaignId() + " template " + templateId + " "
                            + campaign.scheduledDate())
                    .templateId(TemplateId.of(templateId)).listId(list).externalRef(ref).build();
            try {
                return client.campaigns().create(c);
            } catch (AmbiguousOutcomeException e) {
                LOG.info("campaign creation for campaign {} template {} unclear; looking it up",
                        campaign.campaignId(), templateId);
                Optional<CampaignId> again = client.campaigns().findByExternalRef(ref).stream()
                        .filter(x -> x.templateId().equals(Optional.of(TemplateId.of(templateId))))
                        .map(Campaign::id).min(Comparator.naturalOrder());
                return again.orElseGet(() -> client.campaigns().create(c));
            }
        }

        private UploadResult upload(ListId list) {
            byte[][] ring = new byte[RING][];
            long[] uploaded = {0};
            Iterator<EncodedRecord> records = spill.read(new Rejecting(ring));
            return client.lists().uploadAllEncoded(list, settings.propMapId(), records, (sent, part) -> {
                for (RecordReject r : part.rejected()) {
                    reject(new String(ring[(int) (r.index() % RING)], StandardCharsets.UTF_8), r.reason());
                }
                uploaded[0] += sent;
                if (sent > 0) {
                    listener.uploaded(campaign.campaignId(), templateId, uploaded[0]);
                }
            });
        }

        /** Reports duplicates and remembers which customer each recent stream index belongs to. */
        private final class Rejecting implements TemplateSpill.Sink {
            private final byte[][] ring;
            private long index;

            Rejecting(byte[][] ring) {
                this.ring = ring;
            }

            @Override
            public void duplicate(String customerId) {
                reject(customerId, "duplicate: the same " + settings.identifierField()
                        + " appears earlier in this template's list");
            }

            @Override
            public void next(byte[] customerId) {
                ring[(int) (index++ % ring.length)] = customerId;
            }
        }

        @Override
        public void close() {
            if (spill != null) {
                spill.close();
            }
        }
    }
}
