package io.github.cheetahoptimove.testkit;

import java.util.function.Consumer;

/**
 * A JUnit 5 extension that starts a {@link FakeCheetahMail} before a test class, resets its state
 * before each test, stops it after the class, and injects it into test methods that ask for it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeCheetahMailExtension cheetah = FakeCheetahMailExtension.withDefaults();
 *
 * @Test
 * void sendsOnce(FakeCheetahMail fake) { ... }
 * }</pre>
 *
 * Needs {@code junit-jupiter-api} on the test classpath (the testkit declares it optional).
 */
public final class FakeCheetahMailExtension extends FakeServerExtension<FakeCheetahMail, FakeCheetahMail.Builder> {
    private FakeCheetahMailExtension(Consumer<FakeCheetahMail.Builder> customizer) {
        super(FakeCheetahMail.class, FakeCheetahMail::builder, customizer, FakeCheetahMail.Builder::start,
                FakeCheetahMail::reset);
    }

    /** A fake with the default seed. */
    public static FakeCheetahMailExtension withDefaults() {
        return new FakeCheetahMailExtension(b -> { });
    }

    /** A fake whose builder {@code customizer} adjusts first. */
    public static FakeCheetahMailExtension customized(Consumer<FakeCheetahMail.Builder> customizer) {
        return new FakeCheetahMailExtension(customizer);
    }
}
