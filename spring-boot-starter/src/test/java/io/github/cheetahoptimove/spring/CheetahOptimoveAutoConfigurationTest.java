package io.github.cheetahoptimove.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.ExecutionLock;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.Recipient;
import io.github.cheetahoptimove.optimove.RecipientSource;
import io.github.cheetahoptimove.optimove.ShedLockExecutionLock;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeOptimove;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's beans and conditions, each in a small context against the fakes. */
class CheetahOptimoveAutoConfigurationTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TOMORROW = LocalDate.now(LONDON).plusDays(1);
    static FakeCheetahMail cheetah;
    static FakeOptimove optimove;

    @BeforeAll
    static void start() {
        cheetah = FakeCheetahMail.builder().start();
        optimove = FakeOptimove.builder().campaign(1001, 504, TOMORROW.atTime(10, 0), 12, 9001).start();
    }

    @AfterAll
    static void stop() {
        cheetah.close();
        optimove.close();
    }

    @BeforeEach
    void reset() {
        cheetah.reset();
        optimove.reset();
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CheetahOptimoveAutoConfiguration.class,
                    CheetahOptimoveHostAutoConfiguration.class));

    private ApplicationContextRunner account() {
        return runner.withPropertyValues(
                "cheetah-optimove.cheetah.endpoint=" + cheetah.baseUrl(),
                "cheetah-optimove.cheetah.allow-insecure-http=true",
                "cheetah-optimove.cheetah.consumer-key=" + cheetah.consumerKey(),
                "cheetah-optimove.cheetah.consumer-secret=" + cheetah.consumerSecret(),
                "cheetah-optimove.cheetah.max-requests-per-second=0",
                "cheetah-optimove.integration.cust-id=1234",
                "cheetah-optimove.integration.folder-id=77",
                "cheetah-optimove.integration.data-map-id=55",
                "cheetah-optimove.integration.identifier-attribute=Email",
                "cheetah-optimove.integration.identifier-field=EMAIL",
                "cheetah-optimove.integration.fields.FirstName=FNAME",
                "cheetah-optimove.integration.fields.FavoriteDepartment=FAV_DEPT",
                "cheetah-optimove.integration.fields.LoyaltyPoints=LOYALTY_POINTS");
    }

    private static OptimoveCampaign campaign() {
        return OptimoveCampaign.builder().campaignId(42).channelId(504).scheduledTime(TOMORROW.atTime(10, 0))
                .siteZone(LONDON).recipients(RecipientSource.of(List.of(
                        Recipient.of("C1", 9001, Map.of("Email", "ann@example.com", "FirstName", "Ann"))))).build();
    }

    @Test
    void nothingIsWiredWithoutAnEndpoint() {
        runner.run(context -> assertThat(context).doesNotHaveBean(OptimoveBridge.class)
                .doesNotHaveBean(CheetahClient.class));
    }

    @Test
    void anAccountGivesAClientSettingsAndABridgeThatExecutes() {
        account().run(context -> {
            assertThat(context).hasSingleBean(CheetahClient.class).hasSingleBean(IntegrationSettings.class)
                    .hasSingleBean(OptimoveBridge.class).doesNotHaveBean(OptimoveClient.class);
            assertThat(context.getBean(OptimoveBridge.class).execute(campaign()).succeeded()).isTrue();
            assertThat(cheetah.campaigns()).hasSize(1);
            assertThat(context.getBean(CheetahOptimoveProperties.class).getCheetah().toString())
                    .doesNotContain(cheetah.consumerSecret());
        });
    }

    @Test
    void missingIntegrationSettingsAreAllNamedAtStartup() {
        runner.withPropertyValues("cheetah-optimove.cheetah.endpoint=" + cheetah.baseUrl(),
                "cheetah-optimove.cheetah.allow-insecure-http=true", "cheetah-optimove.cheetah.consumer-key=k",
                "cheetah-optimove.cheetah.consumer-secret=s", "cheetah-optimove.integration.cust-id=1234")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("cheetah-optimove.integration needs folder-id, data-map-id, "
                                + "identifier-attribute, identifier-field"));
    }

    @Test
    void theHealthCheckAnswersFromItsCacheWithinTheWindow() {
        account().run(context -> {
            CheetahOptimoveHealthIndicator health = context.getBean(CheetahOptimoveHealthIndicator.class);
            Health first = health.health();
            int calls = cheetah.requestCount("GET", "Account");
            Health second = health.health();

            assertThat(first.getStatus()).isEqualTo(Status.UP);
            assertThat(second.getStatus()).isEqualTo(Status.UP);
            assertThat(cheetah.requestCount("GET", "Account")).as("no second setup check").isEqualTo(calls);
        });
    }

    @Test
    void theHostsOkHttpClientAndShedLockProviderAreUsed() {
        AtomicInteger seen = new AtomicInteger();
        OkHttpClient host = new OkHttpClient.Builder().addInterceptor(chain -> {
            seen.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
        LockProvider provider = configuration -> Optional.of((SimpleLock) () -> { });
        account().withBean(OkHttpClient.class, () -> host).withBean(LockProvider.class, () -> provider)
                .run(context -> {
                    assertThat(context.getBean(ExecutionLock.class)).isInstanceOf(ShedLockExecutionLock.class);
                    context.getBean(OptimoveBridge.class).execute(campaign());
                    assertThat(seen.get()).isPositive();
                });
    }

    @Test
    void micrometerCountsTheBridgesRecordsExecutionsAndTheClientsCalls() {
        account().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            context.getBean(OptimoveBridge.class).execute(campaign());
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            assertThat(registry.get("cheetah.optimove.records.uploaded").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("cheetah.optimove.steps").tag("step", "scheduled").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("cheetah.optimove.executions").tag("outcome", "succeeded").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get("cheetah.client.requests").tag("route", "ListRecords").tag("status", "200")
                    .timer().count()).isEqualTo(1);
            assertThat(registry.get("cheetah.client.tokens").counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void theOptimoveSideIsWiredWhenItsBaseUrlIsSet() {
        account().withPropertyValues("cheetah-optimove.optimove.base-url=" + optimove.baseUrl(),
                "cheetah-optimove.optimove.allow-insecure-http=true",
                "cheetah-optimove.optimove.api-key=" + optimove.apiKey(),
                "cheetah-optimove.optimove.channel-id=504", "cheetah-optimove.optimove.site-time-zone=Europe/London")
                .run(context -> {
                    assertThat(context).hasSingleBean(OptimoveClient.class);
                    DayReport day = context.getBean(OptimoveBridge.class).runDay(TOMORROW);
                    assertThat(day.execution(1001)).hasValueSatisfying(e -> assertThat(e.succeeded()).isTrue());
                    assertThat(optimove.channelTemplates(504)).hasSize(3);
                });
    }

    @Test
    void anOptimoveSideWithoutChannelOrZoneFailsNamingThem() {
        account().withPropertyValues("cheetah-optimove.optimove.base-url=" + optimove.baseUrl(),
                "cheetah-optimove.optimove.allow-insecure-http=true", "cheetah-optimove.optimove.api-key=k")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("channel-id and site-time-zone"));
    }

    @Test
    void theScheduledDayIsOptInAndRunsTheDayFedFromOptimove() {
        ApplicationContextRunner fed = account().withPropertyValues(
                "cheetah-optimove.optimove.base-url=" + optimove.baseUrl(),
                "cheetah-optimove.optimove.allow-insecure-http=true",
                "cheetah-optimove.optimove.api-key=" + optimove.apiKey(),
                "cheetah-optimove.optimove.channel-id=504", "cheetah-optimove.optimove.site-time-zone=Europe/London");
        fed.run(context -> assertThat(context).doesNotHaveBean(DailyRun.class));
        fed.withPropertyValues("cheetah-optimove.schedule.enabled=true", "cheetah-optimove.schedule.cron=0 0 6 * * *")
                .run(context -> {
                    DailyRun scheduled = context.getBean(DailyRun.class);
                    assertThat(scheduled.lastReport()).as("nothing runs before the cron ticks").isEmpty();

                    scheduled.run(); // a tick: today (London) has no campaign of the channel
                    assertThat(scheduled.lastReport()).hasValueSatisfying(day -> {
                        assertThat(day.date()).isEqualTo(LocalDate.now(LONDON));
                        assertThat(day.executions()).isEmpty();
                    });

                    DailyRun tomorrow = new DailyRun(context.getBean(OptimoveBridge.class), LONDON,
                            java.time.Clock.fixed(TOMORROW.atTime(6, 0).atZone(LONDON).toInstant(), LONDON));
                    tomorrow.run();
                    assertThat(tomorrow.lastReport()).hasValueSatisfying(day ->
                            assertThat(day.execution(1001)).hasValueSatisfying(e -> assertThat(e.succeeded()).isTrue()));
                    assertThat(cheetah.campaigns()).hasSize(1);
                });
    }
}
