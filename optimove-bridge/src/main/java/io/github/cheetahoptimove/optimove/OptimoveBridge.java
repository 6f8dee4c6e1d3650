package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.ConflictException;
import io.github.cheetahoptimove.cheetah.Campaign;
import io.github.cheetahoptimove.cheetah.CampaignId;
import io.github.cheetahoptimove.cheetah.CampaignStats;
import io.github.cheetahoptimove.cheetah.CampaignStatus;
import io.github.cheetahoptimove.cheetah.DataMap;
import io.github.cheetahoptimove.cheetah.Template;
import java.nio.file.Path;
import java.nio.file.Paths;
import io.github.cheetahoptimove.optimove.client.AttributeDelimiter;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.optimove.client.OptimoveEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    final CheetahClient client;
    final IntegrationSettings settings;
    final Clock clock;
    private final ExecutionLock lock;
    /** The host's listener behind a guard that serializes its calls and marks its exceptions. */
    final ProgressListener listener;
    final Path spillDirectory;
    final int rejectsKept;
    private final Executor executor;
    /** The Optimove side, when the builder was given an Optimove client. */
    private final OptimoveDay optimove;

    private OptimoveBridge(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client: pass the CheetahClient of the account");
        this.settings = Objects.requireNonNull(b.settings, "settings: pass the account's IntegrationSettings");
        this.clock = b.clock;
        this.lock = b.lock;
        this.listener = new GuardedListener(b.listener);
        this.spillDirectory = b.spillDirectory;
        this.rejectsKept = b.rejectsKept;
        this.executor = b.executor;
        this.optimove = b.optimoveClient == null ? null : new OptimoveDay(this, new OptimoveFeed(b.optimoveClient,
                b.channelId, b.siteZone, b.delimiter, settings));
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

    /**
     * Executes one campaign; see {@link #runDay} for the daily flow. Every failure of the campaign
     * (its input, the account's setup, CheetahMail, the lock) is in the report as an
     * {@link ExecutionFailure}; nothing is thrown for it. Only an exception thrown by the host's
     * {@link ProgressListener} comes out as it was thrown, since it means the host wants to stop.
     */
    public ExecutionReport execute(OptimoveCampaign campaign) {
        return unguarded(() -> executeAlone(campaign, false));
    }

    /**
     * Validates and maps everything, looks up what already exists, and reports what would be created
     * and scheduled, calling no write endpoint. Failures are reported as by {@link #execute}.
     */
    public ExecutionReport dryRun(OptimoveCampaign campaign) {
        return unguarded(() -> executeAlone(campaign, true));
    }

    /** One campaign outside a day: the account's setup is read for it alone. */
    private ExecutionReport executeAlone(OptimoveCampaign campaign, boolean dry) {
        ExecutionContext context;
        try {
            context = loadContext();
        } catch (CheetahException e) {
            return failed(campaign, ExecutionFailure.of(ExecutionStep.SETUP_READ, e));
        }
        return execute(campaign, context, dry);
    }

    /**
     * The daily run: executes every campaign scheduled on {@code date} (each independently: one
     * failure does not stop the others), refreshes the templates, and collects the metrics due that
     * day for the campaigns scheduled in the {@value #METRICS_DAYS} days before. Pass the campaigns of
     * the last eight days; those of other days are left alone.
     *
     * <p>Failures are reported, never thrown, exactly as by {@link #execute}: a campaign's in its
     * {@link ExecutionReport}, the template refresh's and each campaign's metrics' in
     * {@link DayReport#failures()}. A campaign id listed twice for the day is refused for both
     * entries (nothing is created for it), since the bridge cannot know which recipients are meant.
     */
    public DayReport runDay(LocalDate date, Collection<OptimoveCampaign> campaigns) {
        return unguarded(() -> runDay(date, campaigns, false));
    }

    /** {@link #runDay} without writing anything: executions are {@linkplain #dryRun dry runs}. */
    public DayReport dryRunDay(LocalDate date, Collection<OptimoveCampaign> campaigns) {
        return unguarded(() -> runDay(date, campaigns, true));
    }

    private DayReport runDay(LocalDate date, Collection<OptimoveCampaign> campaigns, boolean dry) {
        DayReport.Builder day = DayReport.builder().date(date);
        Map<Long, Long> counts = campaigns.stream().filter(c -> c.scheduledDate().equals(date))
                .collect(Collectors.groupingBy(OptimoveCampaign::campaignId, LinkedHashMap::new,
                        Collectors.counting()));
        List<OptimoveCampaign> unique = new ArrayList<>();
        Set<Long> refused = new HashSet<>();
        for (OptimoveCampaign c : campaigns) {
            if (!c.scheduledDate().equals(date)) {
                continue;
            }
            if (counts.get(c.campaignId()) == 1) {
                unique.add(c);
            } else if (refused.add(c.campaignId())) {
                day.addExecutions(failed(c, ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ,
                        FailureKind.INVALID_INPUT, "campaign " + c.campaignId() + " is listed "
                                + counts.get(c.campaignId()) + " times for " + date + "; nothing was executed for "
                                + "it. List each campaign once, with all its recipients")));
            }
        }
        if (!unique.isEmpty()) {
            ExecutionContext context;
            try {
                context = loadContext();
            } catch (CheetahException e) {
                ExecutionFailure failure = ExecutionFailure.of(ExecutionStep.SETUP_READ, e);
                unique.forEach(c -> day.addExecutions(failed(c, failure)));
                context = null;
            }
            if (context != null) {
                ExecutionContext ctx = context;
                List<CompletableFuture<ExecutionReport>> runs = new ArrayList<>();
                for (OptimoveCampaign c : unique) {
                    runs.add(executor == null ? CompletableFuture.completedFuture(execute(c, ctx, dry))
                            : CompletableFuture.supplyAsync(() -> execute(c, ctx, dry), executor));
                }
                for (CompletableFuture<ExecutionReport> r : runs) {
                    try {
                        day.addExecutions(r.join());
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
                    }
                }
            }
        }
        try {
            day.templates(templates());
        } catch (CheetahException e) {
            day.addFailures(ExecutionFailure.of(ExecutionStep.TEMPLATES_REFRESHED, e));
        }
        day.metrics(metrics(date, campaigns, (c, e) -> day.addFailures(
                ExecutionFailure.of(ExecutionStep.METRICS_COLLECTED, e).about(c.campaignId()))));
        return day.build();
    }

    private static java.util.function.Predicate<OptimoveCampaign> distinctBy() {
        Set<Long> ids = new HashSet<>();
        return c -> ids.add(c.campaignId());
    }

    private static ExecutionReport failed(OptimoveCampaign c, ExecutionFailure failure) {
        return ExecutionReport.builder().campaignId(c.campaignId()).channelId(c.channelId())
                .failure(failure.about(c.campaignId())).build();
    }

    /** One campaign under its lock, its report told to the listener. */
    private ExecutionReport execute(OptimoveCampaign campaign, ExecutionContext context, boolean dry) {
        ExecutionReport report = executeLocked(campaign, context, dry);
        listener.executed(report);
        return report;
    }

    /** One campaign under its lock; a failure of anything but the host's listener is reported. */
    private ExecutionReport executeLocked(OptimoveCampaign campaign, ExecutionContext context, boolean dry) {
        CampaignExecution run = new CampaignExecution(context, campaign, dry);
        try {
            if (dry) {
                return run.run();
            }
            ExecutionLock.Lease lease;
            try {
                lease = lock.acquire(Names.lockName(campaign.campaignId(), campaign.scheduledDate()));
            } catch (RuntimeException e) {
                return failed(campaign, ExecutionFailure.of(ExecutionStep.LOCK, e));
            }
            try {
                return run.run();
            } finally {
                lease.close();
            }
        } catch (GuardedListener.ListenerException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("campaign {} failed: {}", campaign.campaignId(), e.toString());
            return failed(campaign, ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, e));
        }
    }

    /** Runs {@code call}, letting an exception of the host's listener out as the host threw it. */
    private static <T> T unguarded(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (GuardedListener.ListenerException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private ExecutionContext loadContext() {
        DataMap map = client.dataMaps().get(settings.dataMapId());
        Set<Long> templates = new HashSet<>();
        client.templates().iterable(settings.folderId()).forEach(t -> templates.add(t.id().value()));
        ZoneId zone = settings.accountZone().or(() -> client.accounts().get().timeZone()).orElse(ZoneOffset.UTC);
        return new ExecutionContext(this, map, templates, zone);
    }

    // ---------------------------------------------------------------- fed from Optimove

    private OptimoveDay optimove() {
        if (optimove == null) {
            throw new IllegalStateException("this needs Optimove: build the bridge with optimove(client, channelId, "
                    + "siteZone)");
        }
        return optimove;
    }

    /**
     * The daily run fed from Optimove (rule 9: the day's list is the truth): asks Optimove for the
     * channel's campaigns of {@code date}, streams each one's send details into the usual execution
     * (rows that cannot be read are rejected with their customer id and reason), syncs the channel
     * templates to the Optimove folder, and pushes the metrics of the campaigns of the
     * {@value #METRICS_DAYS} days before, listed again from Optimove. Rerunning a day is safe on
     * both sides. Failures are reported as by {@link #runDay(LocalDate, Collection)}.
     *
     * @throws IllegalStateException when the bridge was built without {@code optimove(...)}
     */
    public DayReport runDay(LocalDate date) {
        return unguarded(() -> optimove().run(date, false));
    }

    /** {@link #runDay(LocalDate)} writing nothing on either side: the report says what it would do. */
    public DayReport dryRunDay(LocalDate date) {
        return unguarded(() -> optimove().run(date, true));
    }

    /**
     * Makes Optimove's channel templates exactly the Optimove folder's: adds new ones, renames
     * changed ones, removes gone ones; flags those using unmapped fields.
     *
     * @throws IllegalStateException when the bridge was built without {@code optimove(...)}
     */
    public TemplateSync syncTemplates() {
        return optimove().syncTemplates();
    }

    /**
     * Pushes to Optimove the metrics due on {@code date} for the channel's campaigns of the
     * {@value #METRICS_DAYS} days before; a second push of the same day replaces the same values.
     *
     * @return the rows pushed
     */
    public List<MetricRow> pushMetrics(LocalDate date) {
        return optimove().pushMetrics(date);
    }

    /**
     * Handles an Optimove notification (rule 9): type 1 executes that campaign (the same idempotent
     * path as the daily run, so a duplicate or a later daily run finds it done); type 4 cancels its
     * CheetahMail campaigns of the event's date (rule 8); other types, and events for another
     * channel, are acknowledged and ignored. A host's endpoint answers Optimove {@code 200} at once
     * and calls this afterwards.
     */
    public EventReport handle(OptimoveEvent event) {
        return unguarded(() -> optimove().handle(event));
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
                String ref = Names.externalRef(c.campaignId(), c.scheduledDate());
                for (Campaign cheetah : client.campaigns().listByExternalRef(ref)) {
                    if (!cheetah.status().hasStartedSending() || cheetah.templateId().isEmpty()) {
                        continue;
                    }
                    CampaignStats stats = client.campaigns().stats(cheetah.id());
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
        for (Campaign c : client.campaigns().listByExternalRef(Names.externalRef(campaignId,
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
        private OptimoveClient optimoveClient;
        private int channelId;
        private ZoneId siteZone;
        private AttributeDelimiter delimiter = AttributeDelimiter.COMMA;

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

        /**
         * Feeds the bridge from Optimove's API: {@code client} for the tenant, the channel id of
         * this CheetahMail channel, and the Optimove site's time zone (in which Optimove's times and
         * dates are meant). Enables {@link OptimoveBridge#runDay(LocalDate)} and
         * {@link OptimoveBridge#handle}.
         */
        public Builder optimove(OptimoveClient client, int channelId, ZoneId siteZone) {
            this.optimoveClient = Objects.requireNonNull(client, "optimove client");
            if (channelId <= 0) {
                throw new IllegalArgumentException("channelId must be positive, was " + channelId);
            }
            this.channelId = channelId;
            this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
            return this;
        }

        /** How Optimove joins attribute values in the joined shape (default {@code ,}). */
        public Builder attributesDelimiter(AttributeDelimiter delimiter) {
            this.delimiter = Objects.requireNonNull(delimiter, "attributesDelimiter");
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
