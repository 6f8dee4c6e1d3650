package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.ConflictException;
import io.github.cheetahoptimove.cheetah.model.Campaign;
import io.github.cheetahoptimove.cheetah.model.CampaignId;
import io.github.cheetahoptimove.cheetah.model.CampaignStats;
import io.github.cheetahoptimove.cheetah.model.CampaignStatus;
import io.github.cheetahoptimove.cheetah.model.DataMap;
import io.github.cheetahoptimove.cheetah.model.Template;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes Optimove campaigns through one CheetahMail account: the setup check, template sync,
 * daily execution, metrics and cancellation, by the rules of the integration.
 *
 * <p>It is a library call, with no threads, schedulers or state of its own: CheetahMail is the
 * record of what was done (campaigns carry {@code ExternalRef = optimove:{campaignId}:{date}},
 * lists are named {@code optimove-{campaignId}-{templateId}-{yyyyMMdd}}), so a rerun of a day
 * finishes what an earlier run left and creates nothing twice.
 *
 * <pre>{@code
 * OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings).build();
 * DayReport day = bridge.runDay(LocalDate.now(siteZone), campaigns);
 * }</pre>
 *
 * <p>Thread-safe: its methods may be called from several threads, but two calls must not execute
 * the same campaign at once unless an {@link ExecutionLock} is given.
 */
public final class OptimoveBridge {
    private static final Logger LOG = LoggerFactory.getLogger(OptimoveBridge.class);

    /** Days after its send that a campaign's metrics are pulled: S+1 to S+7. */
    public static final int METRICS_DAYS = 7;

    private final CheetahClient client;
    private final IntegrationSettings settings;
    private final Clock clock;
    private final ExecutionLock lock;
    private final ProgressListener listener;
    private final Path spillDirectory;
    private final int rejectsKept;
    private final Executor executor;

    private OptimoveBridge(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client: pass the CheetahClient of the account");
        this.settings = Objects.requireNonNull(b.settings, "settings: pass the account's IntegrationSettings");
        this.clock = b.clock;
        this.lock = b.lock;
        this.listener = b.listener;
        this.spillDirectory = b.spillDirectory;
        this.rejectsKept = b.rejectsKept;
        this.executor = b.executor;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings the bridge runs with. */
    public IntegrationSettings settings() {
        return settings;
    }

    /** Checks each setup requirement the API can verify; each failure says its fix. */
    public SetupReport checkSetup() {
        return new SetupDoctor(client, settings, this).check();
    }

    /**
     * The templates of the Optimove folder as Optimove channel templates, each flagged when it uses a
     * data map field that no attribute fills (rule 6).
     */
    public List<ChannelTemplate> templates() {
        Set<String> filled = new HashSet<>(settings.fields().values());
        filled.add(settings.identifierField());
        List<ChannelTemplate> out = new ArrayList<>();
        for (Template t : client.templates().iterable(settings.folderId())) {
            out.add(ChannelTemplate.builder().templateId(t.id().value()).templateName(t.name())
                    .personalizationFields(t.personalizationFields())
                    .unmappedFields(t.personalizationFields().stream().filter(f -> !filled.contains(f))
                            .collect(Collectors.toList()))
                    .build());
        }
        return out;
    }

    /** Executes one campaign; see {@link #runDay} for the daily flow. */
    public ExecutionReport execute(OptimoveCampaign campaign) {
        return execute(campaign, loadContext(), false);
    }

    /**
     * Validates and maps everything, looks up what already exists, and reports what would be created
     * and scheduled, calling no write endpoint.
     */
    public ExecutionReport dryRun(OptimoveCampaign campaign) {
        return execute(campaign, loadContext(), true);
    }

    /**
     * The daily run: executes every campaign scheduled on {@code date} (each independently: one
     * failure does not stop the others), refreshes the templates, and collects the metrics due that
     * day for the campaigns scheduled in the {@value #METRICS_DAYS} days before. Pass the campaigns of
     * the last eight days; those of other days are left alone.
     */
    public DayReport runDay(LocalDate date, Collection<OptimoveCampaign> campaigns) {
        return runDay(date, campaigns, false);
    }

    /** {@link #runDay} without writing anything: executions are {@linkplain #dryRun dry runs}. */
    public DayReport dryRunDay(LocalDate date, Collection<OptimoveCampaign> campaigns) {
        return runDay(date, campaigns, true);
    }

    private DayReport runDay(LocalDate date, Collection<OptimoveCampaign> campaigns, boolean dry) {
        DayReport.Builder day = DayReport.builder().date(date);
        List<OptimoveCampaign> today = campaigns.stream().filter(c -> c.scheduledDate().equals(date))
                .collect(Collectors.toList());
        Set<Long> seen = new LinkedHashSet<>();
        for (OptimoveCampaign c : today) {
            if (!seen.add(c.campaignId())) {
                day.addErrors("campaign " + c.campaignId() + " is listed twice for " + date + "; executed once");
            }
        }
        List<OptimoveCampaign> unique = today.stream().filter(distinctBy()).collect(Collectors.toList());
        if (!unique.isEmpty()) {
            ExecutionContext context;
            try {
                context = loadContext();
            } catch (CheetahException e) {
                for (OptimoveCampaign c : unique) {
                    day.addExecutions(failed(c, "could not read the account's setup: " + e.getMessage()));
                }
                context = null;
            }
            if (context != null) {
                ExecutionContext ctx = context;
                List<CompletableFuture<ExecutionReport>> runs = new ArrayList<>();
                for (OptimoveCampaign c : unique) {
                    runs.add(executor == null ? CompletableFuture.completedFuture(safely(c, ctx, dry))
                            : CompletableFuture.supplyAsync(() -> safely(c, ctx, dry), executor));
                }
                runs.forEach(r -> day.addExecutions(r.join()));
            }
        }
        try {
            day.templates(templates());
        } catch (CheetahException e) {
            day.addErrors("template refresh failed: " + e.getMessage());
        }
        day.metrics(metrics(date, campaigns, (c, e) -> day.addErrors("metrics of campaign " + c.campaignId()
                + " failed: " + e.getMessage())));
        return day.build();
    }

    private static java.util.function.Predicate<OptimoveCampaign> distinctBy() {
        Set<Long> ids = new HashSet<>();
        return c -> ids.add(c.campaignId());
    }

    private ExecutionReport safely(OptimoveCampaign c, ExecutionContext context, boolean dry) {
        try {
            return execute(c, context, dry);
        } catch (RuntimeException e) {
            LOG.warn("campaign {} failed: {}", c.campaignId(), e.toString());
            return failed(c, e instanceof CheetahException ? e.getMessage() : e.toString());
        }
    }

    private static ExecutionReport failed(OptimoveCampaign c, String why) {
        return ExecutionReport.builder().campaignId(c.campaignId()).channelId(c.channelId()).error(why).build();
    }

    private ExecutionReport execute(OptimoveCampaign campaign, ExecutionContext context, boolean dry) {
        CampaignExecution run = new CampaignExecution(client, settings, context, campaign, listener, spillDirectory,
                rejectsKept, clock, dry);
        if (dry) {
            return run.run();
        }
        String name = "optimove-" + campaign.campaignId() + "-"
                + campaign.scheduledDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        ExecutionLock.Lease lease = lock.acquire(name);
        try {
            return run.run();
        } finally {
            lease.close();
        }
    }

    private ExecutionContext loadContext() {
        DataMap map = client.dataMaps().get(settings.propMapId());
        Set<Long> templates = new HashSet<>();
        client.templates().iterable(settings.folderId()).forEach(t -> templates.add(t.id().value()));
        ZoneId zone = settings.accountZone().orElseGet(() -> client.account().get().timeZone());
        return new ExecutionContext(map, templates, zone);
    }

    /**
     * The campaigns whose metrics are due on {@code date}: those scheduled one to
     * {@value #METRICS_DAYS} days before it.
     */
    public static List<OptimoveCampaign> metricsDue(LocalDate date, Collection<OptimoveCampaign> campaigns) {
        return campaigns.stream().filter(c -> {
            long days = ChronoUnit.DAYS.between(c.scheduledDate(), date);
            return days >= 1 && days <= METRICS_DAYS;
        }).filter(distinctBy()).collect(Collectors.toList());
    }

    /**
     * Metrics due on {@code date} (rule 7), per campaign and template under Optimove's names, for
     * the CheetahMail campaigns that were sent.
     *
     * @throws CheetahException when a campaign's figures cannot be read
     */
    public List<MetricRow> metrics(LocalDate date, Collection<OptimoveCampaign> campaigns) {
        return metrics(date, campaigns, (campaign, e) -> {
            throw e;
        });
    }

    private List<MetricRow> metrics(LocalDate date, Collection<OptimoveCampaign> campaigns,
            BiConsumer<OptimoveCampaign, CheetahException> errors) {
        List<MetricRow> rows = new ArrayList<>();
        for (OptimoveCampaign c : metricsDue(date, campaigns)) {
            try {
                String ref = CampaignExecution.externalRef(c.campaignId(), c.scheduledDate());
                for (Campaign cheetah : client.campaigns().findByExternalRef(ref)) {
                    if (!cheetah.status().hasStartedSending() || cheetah.templateId().isEmpty()) {
                        continue;
                    }
                    CampaignStats stats = client.stats().get(cheetah.id());
                    MetricNames.OPTIMOVE.forEach((name, figure) -> rows.add(MetricRow.builder()
                            .channelId(c.channelId()).campaignId(c.campaignId())
                            .templateId(cheetah.templateId().get().value()).metric(name)
                            .value(figure.applyAsLong(stats)).build()));
                }
            } catch (CheetahException e) {
                errors.accept(c, e);
            }
        }
        return rows;
    }

    /**
     * Cancels an execution in CheetahMail (rule 8): every campaign of it that has not started sending
     * is unscheduled and deleted; those that have are reported. Cancelling in Optimove is the host's.
     */
    public CancelReport cancel(OptimoveCampaign campaign) {
        return cancel(campaign.campaignId(), campaign.scheduledDate());
    }

    /** {@link #cancel(OptimoveCampaign)} by campaign id and scheduled date. */
    public CancelReport cancel(long campaignId, LocalDate scheduledDate) {
        CancelReport.Builder report = CancelReport.builder().campaignId(campaignId);
        for (Campaign c : client.campaigns().findByExternalRef(CampaignExecution.externalRef(campaignId,
                scheduledDate))) {
            CampaignId id = c.id();
            if (c.status().hasStartedSending()) {
                report.putNotStopped(id, "already " + c.status().name().toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            try {
                if (c.status() == CampaignStatus.SCHEDULED) {
                    client.campaigns().cancel(id);
                }
                client.campaigns().delete(id);
                report.addCancelled(id);
            } catch (ConflictException e) {
                report.putNotStopped(id, "started sending while being cancelled: " + e.getMessage());
            }
        }
        return report.build();
    }

    /**
     * Builds an {@link OptimoveBridge}. {@link #client} and {@link #settings} are required. Not
     * thread-safe.
     */
    public static final class Builder {
        private CheetahClient client;
        private IntegrationSettings settings;
        private Clock clock = Clock.systemUTC();
        private ExecutionLock lock = ExecutionLock.NONE;
        private ProgressListener listener = ProgressListener.NONE;
        private Path spillDirectory = Paths.get(System.getProperty("java.io.tmpdir"));
        private int rejectsKept = 10_000;
        private Executor executor;

        private Builder() {}

        /** The client of the account. */
        public Builder client(CheetahClient client) {
            this.client = client;
            return this;
        }

        /** The integration's settings. */
        public Builder settings(IntegrationSettings settings) {
            this.settings = settings;
            return this;
        }

        /** "Now", for telling a send time in the past (default: the system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The per-execution lock for running on several hosts (default: none). */
        public Builder lock(ExecutionLock lock) {
            this.lock = Objects.requireNonNull(lock, "lock");
            return this;
        }

        /** Hears progress (default: nothing). */
        public Builder progressListener(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "progressListener");
            return this;
        }

        /** Where recipients are spilled while a campaign runs (default: {@code java.io.tmpdir}). */
        public Builder spillDirectory(Path directory) {
            this.spillDirectory = Objects.requireNonNull(directory, "spillDirectory");
            return this;
        }

        /**
         * How many rejected customers a template report lists (default 10,000), five times that across
         * a campaign's templates; all are counted in {@code rejectedCount}.
         */
        public Builder rejectsKept(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("rejectsKept must not be negative");
            }
            this.rejectsKept = max;
            return this;
        }

        /** Runs a day's campaigns in parallel on the host's executor (default: one after another). */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** The bridge. */
        public OptimoveBridge build() {
            return new OptimoveBridge(this);
        }
    }

    /** Optimove's metric names, in the order rows are reported. */
    public static List<String> metricNames() {
        return List.copyOf(MetricNames.OPTIMOVE.keySet());
    }

    @Override
    public String toString() {
        return "OptimoveBridge{custId=" + settings.custId() + ", folderId=" + settings.folderId() + "}";
    }

}
