package org.parcheck.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.explain.ExplanationFormatter;

/** Every explanation code has a text in both bundles, no text is unused, and numbers follow the locale. */
class ExplanationBundleTest {

    private static final Path MAIN = Path.of("src/main/java/org/parcheck/scoring");

    private static Set<String> keys(String language) throws IOException {
        String resource = "/org/parcheck/i18n/explanations_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ExplanationBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> expectedKeys() {
        Set<String> expected = new TreeSet<>();
        for (ExplanationCode code : ExplanationCode.values()) {
            expected.add(ExplanationFormatter.KEY_PREFIX + code.key());
        }
        return expected;
    }

    @Test
    void bothBundlesHaveExactlyTheEngineCodes() throws IOException {
        assertEquals(expectedKeys(), keys("vi"));
        assertEquals(expectedKeys(), keys("en"));
    }

    @Test
    void everyCodeIsUsedByTheEngineAndNoCodeIsWrittenAsALiteral() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.getFileName().toString().equals("ExplanationCode.java")) {
                    sources.append(Files.readString(file));
                }
            }
        }
        String all = sources.toString();
        for (ExplanationCode code : ExplanationCode.values()) {
            assertTrue(all.contains(code.name()), () -> code + " is never produced");
            assertFalse(all.contains("\"" + code.key() + "\""), () -> code.key() + " written as a string literal");
        }
    }

    @Test
    void everyTextFormatsInBothLanguages() {
        for (Locale locale : new Locale[] {ExplanationFormatter.VIETNAMESE, Locale.ENGLISH}) {
            ExplanationFormatter formatter = new ExplanationFormatter(locale);
            for (ExplanationCode code : ExplanationCode.values()) {
                Object[] args = new Object[6];
                for (int i = 0; i < args.length; i++) {
                    args[i] = new BigDecimal("1.5");
                }
                String text = formatter.format(Explanation.of(code, args));
                assertFalse(text.startsWith(code.key()), () -> locale + " " + code + ": " + text);
                assertFalse(text.contains("{"), () -> locale + " " + code + ": " + text);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # language, number,      formatted, percent,      formatted percent
            vi,         1068,        1.068,     86.516853,    '86,52%'
            en,         1068,        '1,068',   86.516853,    86.52%
            vi,         1234567.5,   '1.234.567,5', 40.148011, '40,15%'
            en,         0.125,       0.13,      95.305,       95.31%
            vi,         0.125,       '0,13',    98.80,        '98,80%'
            """)
    void numbersFollowTheLocaleAndRoundHalfUp(String language, String number, String formatted, String percent,
            String formattedPercent) {
        ExplanationFormatter formatter = new ExplanationFormatter(Locale.forLanguageTag(language));
        assertEquals(formatted, formatter.number(new BigDecimal(number)));
        assertEquals(formattedPercent, formatter.percent(new BigDecimal(percent)));
    }

    @Test
    void otherLocalesFallBackToVietnamese() {
        assertEquals(ExplanationFormatter.VIETNAMESE, new ExplanationFormatter(Locale.FRENCH).locale());
    }

    @Test
    void unknownCodesAreShownRatherThanLost() {
        assertEquals("no.such[1]", new ExplanationFormatter(Locale.ENGLISH)
                .format(new Explanation("no.such", java.util.List.of(1))));
    }
}
