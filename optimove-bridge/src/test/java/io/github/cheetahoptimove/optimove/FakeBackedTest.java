package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeCheetahMailExtension;
import io.github.cheetahoptimove.testkit.TestClock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bridge tests' common ground: a fake CheetahMail per test class on a clock standing at
 * 2026-11-28 06:00 UTC (reset before each test), a client, and a bridge with the fixture settings.
 */
abstract class FakeBackedTest {
    static final Instant START = Instant.parse("2026-11-28T06:00:00Z");
    static final TestClock CLOCK = TestClock.at(START);
    static final LocalDateTime TEN_AM = LocalDateTime.parse("2026-11-28T10:00:00");

    @RegisterExtension
    static FakeCheetahMailExtension cheetah = FakeCheetahMailExtension.customized(b -> b.clock(CLOCK));

    FakeCheetahMail fake;
    CheetahClient client;
    OptimoveBridge bridge;

    @BeforeEach
    void startClient() {
        CLOCK.set(START);
        fake = cheetah.fake();
        client = BridgeFixture.client(fake, CLOCK);
        bridge = bridgeWith(BridgeFixture.settings()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    OptimoveBridge.Builder bridgeWith(IntegrationSettings settings) {
        return OptimoveBridge.builder().client(client).settings(settings).clock(CLOCK);
    }
}
