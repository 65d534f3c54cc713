package org.parcheck.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parcheck.app.navigation.Route;
import org.parcheck.exchange.PackageException;
import org.parcheck.plan.TeamRole;
import org.parcheck.common.domain.UnitType;
import org.parcheck.plan.VisitStatus;

/**
 * Both bundles have the same keys, no key is defined twice, every key used in FXML or Java exists, and every
 * key is used (JabRef LocalizationConsistencyTest).
 */
class I18nConsistencyTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Path VI = MAIN.resolve("resources/org/parcheck/i18n/messages_vi.properties");
    private static final Path EN = MAIN.resolve("resources/org/parcheck/i18n/messages_en.properties");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys(EN)).isEqualTo(keys(VI));
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (Path bundle : List.of(VI, EN)) {
            List<String> all = new ArrayList<>();
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                    all.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
                }
            }
            Set<String> seen = new HashSet<>();
            List<String> duplicates = all.stream().filter(k -> !seen.add(k)).toList();
            assertThat(duplicates).as("duplicates in " + bundle).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInFxmlExists() throws IOException {
        Set<String> defined = keys(VI);
        Set<String> missing = new TreeSet<>(fxmlKeys());
        missing.removeAll(defined);
        assertThat(missing).as("keys used in FXML but not defined").isEmpty();
    }

    @Test
    void everyFullKeyUsedInJavaExists() throws IOException {
        Set<String> defined = keys(VI);
        Set<String> prefixes = prefixes(defined);
        Set<String> missing = new TreeSet<>();
        for (String literal : javaLiterals()) {
            if (!literal.endsWith(".") && looksLikeMessageKey(literal, prefixes) && !defined.contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in Java but not defined").isEmpty();
    }

    /** Keys built from enum constants (a unit type, a visit status, what is wrong with a package) exist. */
    @Test
    void everyKeyBuiltFromAnEnumExists() throws IOException {
        Set<String> missing = new TreeSet<>(dynamicKeys());
        missing.removeAll(keys(VI));
        assertThat(missing).as("keys built from enum constants but not defined").isEmpty();
    }

    /** The check of Java literals covers every prefix the bundle has, those of team exchange included. */
    @Test
    void theJavaCheckCoversEveryPrefixOfTheBundle() throws IOException {
        Set<String> prefixes = prefixes(keys(VI));
        assertThat(prefixes).contains("exchange", "answering", "plan", "criteria", "report", "app", "common");
        assertThat(looksLikeMessageKey("exchange.import.noSuchKey", prefixes)).isTrue();
        assertThat(looksLikeMessageKey("data.json", prefixes)).isFalse();
    }

    @Test
    void everyDefinedKeyIsUsed() throws IOException {
        Set<String> used = new HashSet<>(fxmlKeys());
        Set<String> literals = javaLiterals();
        used.addAll(literals);
        used.addAll(dynamicKeys());
        Set<String> unused = new TreeSet<>();
        for (String key : keys(VI)) {
            boolean prefixUsed = literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l)
                    && !key.substring(l.length()).contains("."));
            if (!used.contains(key) && !prefixUsed) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys defined but never used").isEmpty();
    }

    /**
     * A text with a mnemonic ("_Kế hoạch") on a control that does not parse mnemonics by default (Label, Tab,
     * TitledPane) must say {@code mnemonicParsing="true"}, or the underscore shows on screen.
     */
    @Test
    void labelsWithAMnemonicParseIt() throws IOException {
        Properties vi = properties(VI);
        Properties en = properties(EN);
        Pattern element = Pattern.compile("<(Label|Tab|TitledPane)\\b([^>]*?)text=\"%([\\w.]+)\"([^>]*)>",
                Pattern.DOTALL);
        List<String> shown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher m = element.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(3);
                    boolean mnemonic = vi.getProperty(key, "").contains("_") || en.getProperty(key, "").contains("_");
                    if (mnemonic && !(m.group(2) + m.group(4)).contains("mnemonicParsing=\"true\"")) {
                        shown.add(file.getFileName() + ": " + m.group(1) + " " + key);
                    }
                }
            }
        }
        assertThat(shown).as("labels whose underscore would show").isEmpty();
    }

    /**
     * A message with placeholders goes through {@link java.text.MessageFormat}, where a single ASCII apostrophe
     * starts quoted text: "the item's maximum of {1}" would show "{1}" itself. Write ’ or ''.
     */
    @Test
    void messagesWithPlaceholdersHaveNoBareApostrophe() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path bundle : List.of(VI, EN)) {
            Properties messages = properties(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    bad.add(bundle.getFileName() + ": " + key);
                }
            }
        }
        assertThat(bad).as("messages whose apostrophe would swallow a placeholder").isEmpty();
    }

    @Test
    void everyMessageWithPlaceholdersIsAValidPattern() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path bundle : List.of(VI, EN)) {
            Properties messages = properties(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    try {
                        new MessageFormat(text).format(new Object[] {1, 2, 3, 4, 5, 6});
                    } catch (IllegalArgumentException e) {
                        bad.add(bundle.getFileName() + ": " + key + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        assertThat(bad).as("messages MessageFormat cannot use").isEmpty();
    }

    /** Keys built from enum constants ("plan.unitType." + name()). */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        for (UnitType t : UnitType.values()) {
            keys.add(t.labelKey());
        }
        for (TeamRole r : TeamRole.values()) {
            keys.add(r.labelKey());
        }
        for (VisitStatus s : VisitStatus.values()) {
            keys.add(s.labelKey());
        }
        for (Route r : Route.values()) {
            keys.add(r.labelKey());
        }
        for (PackageException.Kind k : PackageException.Kind.values()) {
            keys.add(k.messageKey());
        }
        return keys;
    }

    /**
     * A literal is taken for a message key when it starts with the first segment of a key in the bundle: every
     * prefix is covered ({@code exchange.*} was left out of a hand-kept list), and a feature's new prefix is
     * covered as soon as its first key is written.
     */
    private static boolean looksLikeMessageKey(String literal, Set<String> prefixes) {
        return prefixes.contains(literal.substring(0, literal.indexOf('.')));
    }

    /** The first segments of the bundle's keys ("answering", "exchange", …). */
    static Set<String> prefixes(Set<String> keys) {
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        return prefixes;
    }

    private static Set<String> keys(Path bundle) throws IOException {
        return new TreeSet<>(properties(bundle).stringPropertyNames());
    }

    private static Properties properties(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> fxmlKeys() throws IOException {
        return matches(MAIN.resolve("resources"), ".fxml", FXML_KEY);
    }

    private static Set<String> javaLiterals() throws IOException {
        return matches(MAIN.resolve("java"), ".java", JAVA_LITERAL);
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
