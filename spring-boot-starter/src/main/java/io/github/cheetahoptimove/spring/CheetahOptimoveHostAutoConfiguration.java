package io.github.cheetahoptimove.spring;

import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * What the host's runtime adds around the bridge, each part opt-in or conditional: a health
 * indicator (with Spring Boot Actuator), Micrometer meters (with a {@link MeterRegistry} bean), the
 * scheduled daily run ({@code cheetah-optimove.schedule.enabled=true}) and the endpoint for
 * Optimove's notifications ({@code cheetah-optimove.events.enabled=true}, in a servlet web app).
 */
@AutoConfiguration(after = CheetahOptimoveAutoConfiguration.class, afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnBean(OptimoveBridge.class)
public class CheetahOptimoveHostAutoConfiguration {

    /** The health indicator over the setup check, cached. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class HealthConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "cheetahOptimoveHealthIndicator")
        CheetahOptimoveHealthIndicator cheetahOptimoveHealthIndicator(OptimoveBridge bridge,
                CheetahOptimoveProperties properties) {
            return new CheetahOptimoveHealthIndicator(bridge, properties.getHealth().getCacheFor(), Clock.systemUTC());
        }
    }

    /** The scheduled daily run. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "cheetah-optimove.schedule", name = "enabled", havingValue = "true")
    static class ScheduleConfiguration {
        @Bean(destroyMethod = "shutdown")
        ThreadPoolTaskScheduler cheetahOptimoveScheduler() {
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
            scheduler.setThreadNamePrefix("cheetah-optimove-day-");
            scheduler.setPoolSize(1);
            scheduler.initialize();
            return scheduler;
        }

        @Bean
        DailyRun cheetahOptimoveDailyRun(OptimoveBridge bridge, CheetahOptimoveProperties properties,
                ThreadPoolTaskScheduler cheetahOptimoveScheduler) {
            String zone = properties.getSchedule().getZone() != null ? properties.getSchedule().getZone()
                    : properties.getOptimove().getSiteTimeZone();
            if (zone == null) {
                throw new IllegalStateException("cheetah-optimove.schedule needs zone (or optimove.site-time-zone)");
            }
            DailyRun run = new DailyRun(bridge, ZoneId.of(zone), Clock.systemUTC());
            run.schedule(cheetahOptimoveScheduler, properties.getSchedule().getCron());
            return run;
        }
    }

    /** The endpoint for Optimove's notifications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    @ConditionalOnProperty(prefix = "cheetah-optimove.events", name = "enabled", havingValue = "true")
    static class EventsConfiguration {
        @Bean(destroyMethod = "shutdown")
        ExecutorService cheetahOptimoveEventWorker() {
            return Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "cheetah-optimove-events");
                t.setDaemon(true);
                return t;
            });
        }

        @Bean
        OptimoveEventController optimoveEventController(OptimoveBridge bridge, CheetahOptimoveProperties properties,
                ExecutorService cheetahOptimoveEventWorker) {
            String secret = properties.getEvents().getSecret();
            if (secret == null || secret.length() < 16) {
                throw new IllegalStateException("cheetah-optimove.events.secret must be set to an unguessable value of "
                        + "at least 16 characters: Optimove does not sign notifications, the path is the only guard");
            }
            return new OptimoveEventController(bridge, secret, cheetahOptimoveEventWorker);
        }
    }

    /** Micrometer meters of the bridge's progress. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MetricsConfiguration {
        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        @ConditionalOnMissingBean
        SdkMetrics cheetahOptimoveMetrics(MeterRegistry registry) {
            return new SdkMetrics(registry);
        }
    }
}
