package org.parcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rule 15: no main source file over 400 lines unless its class javadoc says why ("Over 400 lines: …").
 * The files that were longer when the rule came (#18) have all been split.
 */
class SourceSizeTest {

    static final int LIMIT = 400;
    static final String REASON = "Over 400 lines:";

    @Test
    void noMainSourceFileIsOverTheLimitWithoutAReason() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(root)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(SourceSizeTest::overWithoutReason)
                    .map(file -> root.relativize(file) + " (" + lines(file).size() + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("split these along their jobs, or say why in the class javadoc (\"" + REASON
                + " …\")").isEmpty();
    }

    @Test
    void aLongFileWithAReasonPassesAndOneWithoutFails(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path plain = dir.resolve("Plain.java");
        Path reasoned = dir.resolve("Reasoned.java");
        String body = "int x;\n".repeat(LIMIT);
        Files.writeString(plain, "/** A class. */\nclass Plain {\n" + body + "}\n");
        Files.writeString(reasoned, "/**\n * A class with a class inside. " + REASON + " a generated table.\n */\n"
                + "public final class Reasoned {\n" + body + "}\n");
        assertThat(overWithoutReason(plain)).isTrue();
        assertThat(overWithoutReason(reasoned)).isFalse();
    }

    static boolean overWithoutReason(Path file) {
        List<String> lines = lines(file);
        if (lines.size() <= LIMIT) {
            return false;
        }
        int classLine = 0;
        while (classLine < lines.size() && !lines.get(classLine).matches(
                "^(public |final |abstract |sealed |non-sealed )*(class|interface|record|enum|@interface) .*")) {
            classLine++;
        }
        return lines.subList(0, classLine).stream().noneMatch(line -> line.contains(REASON));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
