package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bench scripts (#18 §2) are not run by CI: they need a built image and LibreOffice. What they read from the
 * installer build is checked here. {@code installer/bench-report.sh} puts its variants' JVM options together from
 * {@code installer/dist.xml}, {@code installer/linux/parcheck-cli.cfg} and {@code parcheck-cli-aot.cfg}; in session 14
 * a property it did not fill in became the JVM's main class, and the bench stopped working unnoticed for a session.
 */
class BenchScriptsTest {

    private static final Path BASH = Path.of("/bin/bash");

    @Test
    void theReportBenchsJvmOptionsAreFilledInAndStartTheJvm() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "needs bash");
        Map<String, String> lists = printedOptions();
        assertThat(lists).containsOnlyKeys("app", "command", "aot");
        assertThat(lists.get("command")).contains("-XX:TieredStopAtLevel=1").startsWith(lists.get("app"));
        for (Map.Entry<String, String> list : lists.entrySet()) {
            assertThat(list.getValue()).as(list.getKey()).doesNotContain("${").contains("-XX:+UseSerialGC");
        }
        for (String name : List.of("app", "command")) {
            Run run = version(Path.of(System.getProperty("java.home"), "bin", "java"), lists.get(name));
            assertEquals(0, run.exit(), name + ": " + run.output());
        }
    }

    /** The AOT variants run as the installed command does on its JDK 25 runtime: with its AOT cfg's options (D39). */
    @Test
    void theAotVariantsTakeTheInstalledCommandsAotOptions() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "needs bash");
        Map<String, String> lists = printedOptions();
        assertThat(lists.get("aot")).startsWith(lists.get("command"))
                .contains("-XX:-AOTRecordTraining", "-XX:-AOTReplayTraining").doesNotContain("-XX:AOTCache=");
        Path java = AotJdk.java().orElse(null);
        assumeTrue(java != null, "needs a JDK 25 or later (AOT_JAVA_HOME)");
        Run run = version(java, lists.get("aot"));
        assertEquals(0, run.exit(), run.output());
    }

    private static Run version(Path java, String options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(List.of(options.trim().split("\\s+")));
        command.add("-version");
        return run(command);
    }

    @Test
    void everyInstallerScriptParses() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "needs bash");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(Path.of("installer"))) {
            scripts = files.filter(f -> f.toString().endsWith(".sh")).sorted().toList();
        }
        assertThat(scripts).contains(Path.of("installer/bench-report.sh"), Path.of("installer/bench-launchers.sh"),
                Path.of("installer/bench-startup.sh"));
        for (Path script : scripts) {
            Run run = run(List.of(BASH.toString(), "-n", script.toString()));
            assertEquals(0, run.exit(), script + ": " + run.output());
        }
    }

    /** The two lines of {@code bench-report.sh --print-options}: the name before the colon, the options after it. */
    private static Map<String, String> printedOptions() throws Exception {
        Run run = run(List.of(BASH.toString(), "installer/bench-report.sh", "--print-options"));
        assertEquals(0, run.exit(), run.output());
        Map<String, String> lists = new LinkedHashMap<>();
        for (String line : run.output().split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                lists.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return lists;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
