package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private static final long MIB = 1024 * 1024;

    @Test
    void theCommandsHeapSettingsWinOverTheWindowsAndAreTakenAsWritten() throws Exception {
        List<String> window = windowOptions();
        List<String> command = commandOptions();
        assertTrue(window.contains("-Xms16m"), "the window's small initial heap: " + window);

        Map<String, String> flags = finalFlags(window, command);

        assertEquals(size(last(command, "-Xms")), Long.parseLong(flags.get("InitialHeapSize")), "-Xms");
        assertEquals(size(last(command, "-XX:NewSize=")), Long.parseLong(flags.get("NewSize")), "-XX:NewSize");
        assertEquals("1", flags.get("TieredStopAtLevel"));
        // a visit report allocates about 50 MB (D37): its young generation must hold that without a collection
        assertTrue(Long.parseLong(flags.get("NewSize")) >= 64 * MIB, "young generation " + flags.get("NewSize"));
    }

    /** {@code app.java.options.common} of the installer build, with the property it names filled in. */
    private static List<String> windowOptions() throws IOException {
        String dist = Files.readString(DIST, StandardCharsets.UTF_8);
        String common = property(dist, "app.java.options.common");
        String jit = property(dist, "app.java.options.jit");
        return List.of(common.replace("${app.java.options.jit}", jit).trim().split("\\s+"));
    }

    /** The {@code java-options=} lines of the command's cfg. */
    private static List<String> commandOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(CLI_CFG, StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()).trim());
            }
        }
        assertFalse(options.isEmpty(), "no java-options in " + CLI_CFG);
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

    /** This JVM's final flags when started with {@code first} and then {@code then}. */
    private static Map<String, String> finalFlags(List<String> first, List<String> then) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(first);
        command.addAll(then);
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        Map<String, String> flags = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\S+\\s+(\\w+)\\s+:?=\\s+(\\S+)").matcher(output);
        while (m.find()) {
            flags.put(m.group(1), m.group(2));
        }
        return flags;
    }
}
