package org.parcheck.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In place of {@code @Test}: the test runs twice, on a laptop's H2 file and on a real PostgreSQL (#17: "the
 * repository tests run against both"). The test method, and the class's {@code @BeforeEach}/{@code @AfterEach}
 * methods, take an {@link Engine} parameter and open their database with it. {@code -Dparcheck.engines=h2} (or
 * {@code postgresql}) runs one engine only, e.g. for a quick local run; the build runs both.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothEngines.class)
public @interface OnBothEngines {
}
