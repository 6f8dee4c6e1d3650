package io.github.cheetahoptimove.spring;

import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.SetupCheck;
import io.github.cheetahoptimove.optimove.SetupReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health over the bridge's setup check: {@code UP} when every check passes, {@code DOWN} with the
 * failed checks and their fixes otherwise. The answer is kept for {@code cheetah-optimove.health.cache-for}
 * (default 5 minutes), so that liveness and readiness probes do not spend the API's rate limit.
 * Thread-safe.
 */
public class CheetahOptimoveHealthIndicator extends AbstractHealthIndicator {
    private final OptimoveBridge bridge;
    private final Duration cacheFor;
    private final Clock clock;
    private SetupReport last;
    private Instant checkedAt = Instant.MIN;

    /** Checks {@code bridge}'s setup at most once per {@code cacheFor}. */
    public CheetahOptimoveHealthIndicator(OptimoveBridge bridge, Duration cacheFor, Clock clock) {
        super("CheetahMail setup check failed");
        this.bridge = bridge;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    private synchronized SetupReport report() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(cacheFor))) {
            last = bridge.checkSetup();
            checkedAt = now;
        }
        return last;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        SetupReport report = report();
        builder.status(report.ok() ? "UP" : "DOWN").withDetail("checkedAt", checkedAt.toString());
        for (SetupCheck check : report.checks()) {
            builder.withDetail(check.name(), check.ok() ? "ok" : check.fix().orElse("failed"));
        }
    }
}
