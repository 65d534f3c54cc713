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
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Set<String> named = new TreeSet<>();
        for (String language : new String[] {"vi", "en"}) {
            Set<String> keys = keys(language);
            Set<String> plain = new TreeSet<>(keys);
            plain.removeIf(key -> key.endsWith(".named"));
            assertEquals(expectedKeys(), plain);
            keys.removeAll(plain);
            // a ".named" variant belongs to an engine code (used when figure names are known)
            keys.forEach(key -> assertTrue(plain.contains(key.substring(0, key.length() - ".named".length())), key));
            if (language.equals("vi")) {
                named.addAll(keys);
            } else {
                assertEquals(named, keys, "the same named variants in both languages");
            }
        }
    }

    @Test
    void withFigureNamesFiguresAreShownByTheirNames() {
        ExplanationFormatter vi = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE)
                .withFigureNames(Map.of("online", "Hồ sơ trực tuyến", "received", "Hồ sơ tiếp nhận",
                        "resolved", "Hồ sơ đã giải quyết", "inProgress", "Hồ sơ đang giải quyết"));
        assertEquals("Hồ sơ trực tuyến (2.000) lớn hơn Hồ sơ tiếp nhận (1.081).", vi.format(Explanation.of(
                ExplanationCode.INVALID_PART_EXCEEDS, "online", new BigDecimal("2000"), "received",
                new BigDecimal("1081"))));
        assertEquals("Hồ sơ đã giải quyết + Hồ sơ đang giải quyết (1.100) lớn hơn Hồ sơ tiếp nhận (1.081).",
                vi.format(Explanation.of(ExplanationCode.INVALID_SUM_EXCEEDS, "resolved + inProgress",
                        new BigDecimal("1100"), "received", new BigDecimal("1081"))));
        assertEquals("Chưa thể đánh giá: chưa biết số liệu \"Hồ sơ tiếp nhận\"; không tính là 0.", vi.format(
                Explanation.of(ExplanationCode.ITEM_UNKNOWN_FIGURE, "received", "Hồ sơ tiếp nhận")));
        // without names, as the engine's own texts and the result guards read them
        assertEquals("online = 2.000 lớn hơn received = 1.081.", new ExplanationFormatter(
                ExplanationFormatter.VIETNAMESE).format(Explanation.of(ExplanationCode.INVALID_PART_EXCEEDS, "online",
                new BigDecimal("2000"), "received", new BigDecimal("1081"))));
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
            for (ExplanationFormatter formatter : List.of(new ExplanationFormatter(locale),
                    new ExplanationFormatter(locale).withFigureNames(Map.of("1.5", "tên")))) {
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
