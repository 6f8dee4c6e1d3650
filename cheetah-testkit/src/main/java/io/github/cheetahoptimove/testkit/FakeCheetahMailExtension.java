package io.github.cheetahoptimove.testkit;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
public final class FakeCheetahMailExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    private final Consumer<FakeCheetahMail.Builder> customizer;
    private FakeCheetahMail fake;

    private FakeCheetahMailExtension(Consumer<FakeCheetahMail.Builder> customizer) {
        this.customizer = customizer;
    }

    /** A fake with the default seed. */
    public static FakeCheetahMailExtension withDefaults() {
        return new FakeCheetahMailExtension(b -> { });
    }

    /** A fake whose builder {@code customizer} adjusts first. */
    public static FakeCheetahMailExtension customized(Consumer<FakeCheetahMail.Builder> customizer) {
        return new FakeCheetahMailExtension(customizer);
    }

    /** The running fake; available from {@code @BeforeAll} on. */
    public FakeCheetahMail fake() {
        if (fake == null) {
            throw new IllegalStateException("the fake starts before all tests; register the extension as a static field");
        }
        return fake;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        FakeCheetahMail.Builder b = FakeCheetahMail.builder();
        customizer.accept(b);
        fake = b.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fake().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (fake != null) {
            fake.close();
            fake = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FakeCheetahMail.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return fake();
    }
}
