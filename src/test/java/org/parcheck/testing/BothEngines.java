package org.parcheck.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs an {@link OnBothEngines} test once per {@link Engine}, giving the engine to the test method and to the
 * {@code @BeforeEach}/{@code @AfterEach} methods that ask for it. The engines are those named by the system property
 * {@code parcheck.engines} (comma separated, e.g. {@code h2}), all of them when it is not set.
 */
public final class BothEngines implements TestTemplateInvocationContextProvider {

    /** The system property naming the engines to run ({@code h2}, {@code postgresql}); unset: both. */
    public static final String PROPERTY = "parcheck.engines";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothEngines.class);

    /**
     * The engine of the running {@link OnBothEngines} invocation, for other extensions of the test (e.g. the exchange
     * tests' laptops); H2 in a plain {@code @Test}.
     */
    public static Engine engineOf(ExtensionContext context) {
        Engine engine = context.getStore(NAMESPACE).get(Engine.class, Engine.class);
        return engine != null ? engine : Engine.H2;
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(OnBothEngines.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return chosen().stream().map(BothEngines::on);
    }

    static List<Engine> chosen() {
        String names = System.getProperty(PROPERTY, "");
        if (names.isBlank()) {
            return List.of(Engine.values());
        }
        return Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty())
                .map(n -> Engine.valueOf(n.toUpperCase(Locale.ROOT))).toList();
    }

    private static TestTemplateInvocationContext on(Engine engine) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + engine.label() + "]";
            }

            @Override
            public void prepareInvocation(ExtensionContext context) {
                context.getStore(NAMESPACE).put(Engine.class, engine);
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
                        return parameter.getParameter().getType() == Engine.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
                        return engine;
                    }
                });
            }
        };
    }
}
