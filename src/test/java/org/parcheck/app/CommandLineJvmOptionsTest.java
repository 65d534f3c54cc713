package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of the installed command line, {@code bin/parcheck} (D37): its cfg is the window's options
 * ({@code app.java.options.common} of {@code installer/dist.xml}) followed by the lines of
 * {@code installer/linux/parcheck-cli.cfg}, so the command's heap settings must win over the window's
 * {@code -Xms16m} and be taken as they are written. The JVM adjusts a young generation that does not fit the initial
 * heap, and says so only in a log that the command line switches off ({@code -Xlog:disable}): this test starts this
 * JVM with both lists in that order and reads the values it settled on.
 */
class CommandLineJvmOptionsTest {

    private static final Path DIST = Path.of("installer/dist.xml");
    private static final Path CLI_CFG = Path.of("installer/linux/parcheck-cli.cfg");
    private static final Path AOT_CFG = Path.of("installer/linux/parcheck-cli-aot.cfg");
    private static final long MIB = 1024 * 1024;

    @Test
    void theCommandsHeapSettingsWinOverTheWindowsAndAreTakenAsWritten() throws Exception {
        List<String> window = windowOptions();
        List<String> command = commandOptions(CLI_CFG);
        assertTrue(window.contains("-Xms16m"), "the window's small initial heap: " + window);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Map<String, String> flags = finalFlags(java, window, command);

        assertEquals(size(last(command, "-Xms")), Long.parseLong(flags.get("InitialHeapSize")), "-Xms");
        assertEquals(size(last(command, "-XX:NewSize=")), Long.parseLong(flags.get("NewSize")), "-XX:NewSize");
        assertEquals("1", flags.get("TieredStopAtLevel"));
        // a visit report allocates about 50 MB (D37): its young generation must hold that without a collection
        assertTrue(Long.parseLong(flags.get("NewSize")) >= 64 * MIB, "young generation " + flags.get("NewSize"));
    }

    /**
     * On a JDK 25 runtime the command adds the lines of {@code installer/linux/parcheck-cli-aot.cfg} (D26): the AOT
     * cache, made and used without the training run's method profiles (D39). Those two switches are diagnostic
     * options: without {@code -XX:+UnlockDiagnosticVMOptions} before them the JVM does not start, and a JDK that no
     * longer has them refuses every command (installer/dist.xml starts {@code bin/parcheck} once to catch that).
     */
    @Test
    void onJdk25TheCommandSwitchesTheCachesMethodProfilesOff() throws Exception {
        Path java = AotJdk.java().orElse(null);
        assumeTrue(java != null, "needs a JDK 25 or later (AOT_JAVA_HOME)");
        List<String> aot = new ArrayList<>(commandOptions(AOT_CFG));
        assertTrue(aot.remove("-XX:AOTCache=$APPDIR/parcheck-cli.aot"), "the cache in " + aot);
        List<String> command = new ArrayList<>(commandOptions(CLI_CFG));
        command.addAll(aot);

        Map<String, String> flags = finalFlags(java, windowOptions(), command);

        assertEquals("1", flags.get("TieredStopAtLevel"));
        for (String flag : List.of("AOTRecordTraining", "AOTReplayTraining")) {
            assertEquals("false", flags.get(flag), flag);
            // "{command line}", or "{command line, ergonomic}" where the JVM then confirms the value
            assertTrue(String.valueOf(flags.get(flag + ".origin")).startsWith("{command line"),
                    flag + " " + flags.get(flag + ".origin"));
        }
    }

    /** {@code app.java.options.common} of the installer build, with the property it names filled in. */
    private static List<String> windowOptions() throws IOException {
        String dist = Files.readString(DIST, StandardCharsets.UTF_8);
        String common = property(dist, "app.java.options.common");
        String jit = property(dist, "app.java.options.jit");
        return List.of(common.replace("${app.java.options.jit}", jit).trim().split("\\s+"));
    }

    /** The {@code java-options=} lines of a cfg. */
    private static List<String> commandOptions(Path cfg) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()).trim());
            }
        }
        assertFalse(options.isEmpty(), "no java-options in " + cfg);
        return options;
    }

    private static String property(String xml, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"\\s+value=\"([^\"]*)\"").matcher(xml);
        assertTrue(m.find(), name + " in " + DIST);
        return m.group(1);
    }

    private static String last(List<String> options, String prefix) {
        String found = null;
        for (String option : options) {
            if (option.startsWith(prefix)) {
                found = option.substring(prefix.length());
            }
        }
        assertNotNull(found, prefix + " in " + CLI_CFG);
        return found;
    }

    /** "128m" as bytes. */
    private static long size(String value) {
        char unit = Character.toLowerCase(value.charAt(value.length() - 1));
        long number = Long.parseLong(Character.isDigit(unit) ? value : value.substring(0, value.length() - 1));
        return switch (unit) {
            case 'k' -> number * 1024;
            case 'm' -> number * MIB;
            case 'g' -> number * 1024 * MIB;
            default -> number;
        };
    }

    /**
     * The final flags of {@code java} started with {@code first} and then {@code then}: each flag's value, and as
     * {@code NAME.origin} where it came from ({@code {command line}}, {@code {default}}).
     */
    private static Map<String, String> finalFlags(Path java, List<String> first, List<String> then) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(first);
        command.addAll(then);
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        Map<String, String> flags = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\S+\\s+(\\w+)\\s+:?=\\s+(\\S*)\\s+\\{[^}\\n]*}[ \\t]*(\\{[^}\\n]*})?")
                .matcher(output);
        while (m.find()) {
            flags.put(m.group(1), m.group(2));
            if (m.group(3) != null) {
                flags.put(m.group(1) + ".origin", m.group(3));
            }
        }
        return flags;
    }
}
