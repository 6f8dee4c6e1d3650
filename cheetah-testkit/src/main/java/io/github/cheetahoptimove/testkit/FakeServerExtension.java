package io.github.cheetahoptimove.testkit;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The lifecycle both fakes' JUnit 5 extensions share: start the fake before the test class (its
 * builder adjusted by the test), reset it before each test, stop it after the class, and inject it
 * into test methods that ask for it.
 */
abstract class FakeServerExtension<F extends AutoCloseable, B>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    private final Class<F> type;
    private final Supplier<B> builder;
    private final Consumer<B> customizer;
    private final Function<B, F> start;
    private final Consumer<F> reset;
    private F fake;

    FakeServerExtension(Class<F> type, Supplier<B> builder, Consumer<B> customizer, Function<B, F> start,
            Consumer<F> reset) {
        this.type = type;
        this.builder = builder;
        this.customizer = customizer;
        this.start = start;
        this.reset = reset;
    }

    /** The running fake; available from {@code @BeforeAll} on. */
    public F fake() {
        if (fake == null) {
            throw new IllegalStateException("the fake starts before all tests; register the extension as a static field");
        }
        return fake;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        B b = builder.get();
        customizer.accept(b);
        fake = start.apply(b);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset.accept(fake());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (fake != null) {
            fake.close();
            fake = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return fake();
    }
}
