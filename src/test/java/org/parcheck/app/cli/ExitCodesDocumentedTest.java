package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every exit code a command can return is a row of docs/cli.md's "Exit codes" table, the one place a script writer
 * looks (#18 §1: "exit codes as documented"). The codes are the commands' own constants, read by reflection, so a
 * code added to a command without its row fails here. Before this test, the server commands' 11 was missing there.
 */
class ExitCodesDocumentedTest {

    /** The classes whose {@code int} constants are exit codes (and nothing else, but the one named below). */
    private static final List<Class<?>> COMMANDS = List.of(ParCheckCli.class, ReportCommand.class,
            PackageCommand.class, AuditCommand.class, BackupCommands.class, DataSession.class, DamagedData.class,
            Passwords.class, SyncCommand.class, ServerCommandRunner.class, SetupCommand.class);

    /** {@code int} constants of those classes that are not exit codes. */
    private static final Set<String> NOT_EXIT_CODES = Set.of("ServerCommandRunner.MIN_NEW_PASSWORD");

    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\|", Pattern.MULTILINE);

    @Test
    void everyExitCodeOfACommandIsARowOfTheTable() throws Exception {
        TreeMap<Integer, String> codes = new TreeMap<>();
        for (Class<?> command : COMMANDS) {
            for (Field field : command.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                String name = command.getSimpleName() + "." + field.getName();
                if (field.getType() == int.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && !NOT_EXIT_CODES.contains(name)) {
                    field.setAccessible(true);
                    codes.putIfAbsent(field.getInt(null), name);
                }
            }
        }
        assertThat(codes).as("the commands' exit codes").containsKeys(0, 1, 2, 5, 10, 11, 21, 64);

        Set<Integer> documented = documentedCodes();
        codes.forEach((code, constant) -> assertThat(documented)
                .as("docs/cli.md's exit code table has a row for %s (%d)", constant, code).contains(code));
    }

    /** The first column of the table under "## Exit codes" in docs/cli.md. */
    private static Set<Integer> documentedCodes() throws IOException {
        String doc = Files.readString(Path.of("docs", "cli.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("\n## Exit codes");
        assertThat(start).as("docs/cli.md has an \"Exit codes\" section").isPositive();
        int end = doc.indexOf("\n## ", start + 1);
        Matcher row = ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end));
        Set<Integer> codes = new TreeSet<>();
        while (row.find()) {
            codes.add(Integer.parseInt(row.group(1)));
        }
        return codes;
    }
}
