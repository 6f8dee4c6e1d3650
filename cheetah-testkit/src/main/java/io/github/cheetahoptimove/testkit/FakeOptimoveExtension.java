package io.github.cheetahoptimove.testkit;

import java.util.function.Consumer;

/**
 * A JUnit 5 extension that starts a {@link FakeOptimove} before a test class, resets what the
 * integration left in it (templates, metrics, listeners, cancellations, counters, faults) before
 * each test, stops it after the class, and injects it into test methods that ask for it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeOptimoveExtension optimove = FakeOptimoveExtension.customized(
 *         b -> b.campaign(1001, 504, LocalDateTime.parse("2030-01-01T10:00:00"), 1_000, 9001, 9002));
 *
 * @Test
 * void readsTheDay(FakeOptimove fake) { ... }
 * }</pre>
 *
 * Needs {@code junit-jupiter-api} on the test classpath (the testkit declares it optional).
 */
public final class FakeOptimoveExtension extends FakeServerExtension<FakeOptimove, FakeOptimove.Builder> {
    private FakeOptimoveExtension(Consumer<FakeOptimove.Builder> customizer) {
        super(FakeOptimove.class, FakeOptimove::builder, customizer, FakeOptimove.Builder::start, FakeOptimove::reset);
    }

    /** A fake with no campaigns. */
    public static FakeOptimoveExtension withDefaults() {
        return new FakeOptimoveExtension(b -> { });
    }

    /** A fake whose builder {@code customizer} adjusts first, e.g. to seed campaigns. */
    public static FakeOptimoveExtension customized(Consumer<FakeOptimove.Builder> customizer) {
        return new FakeOptimoveExtension(customizer);
    }
}
