package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher script {@code installer/linux/ParCheck.sh} (D32), which the app image has as {@code bin/ParCheck}
 * and {@code bin/parcheck}: it must start the image's runtime exactly as jpackage's launcher did, from the cfg named
 * after itself. Run on a scratch image whose {@code lib/runtime/bin/java} only prints what it was given: every
 * argument on its own line, then {@code GDK_GL}, and exits with 7.
 */
class LinuxLauncherTest {

    private static final Path SCRIPT = Path.of("installer/linux/ParCheck.sh");
    private static final String FAKE_JAVA = "#!/bin/sh\nfor a in \"$@\"; do printf 'arg[%s]\\n' \"$a\"; done\n"
            + "printf 'GDK_GL[%s]\\n' \"${GDK_GL-unset}\"\nexit 7\n";

    @TempDir
    Path temp;
    private Path image;

    @BeforeEach
    void scratchImage() throws IOException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                && Files.isExecutable(Path.of("/bin/bash")), "the launcher script is Linux's");
        // a folder name with a space and an ampersand: both must reach java unchanged
        image = temp.resolve("Par Check & co/opt");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        executable(image.resolve("bin/ParCheck"), Files.readString(SCRIPT));
        executable(image.resolve("bin/parcheck"), Files.readString(SCRIPT));
        executable(image.resolve("lib/runtime/bin/java"), FAKE_JAVA);
        Files.writeString(image.resolve("lib/app/ParCheck.cfg"), """
                [Application]
                app.classpath=$APPDIR/parcheck-0.1.0.jar
                app.mainclass=org.parcheck.app.Main
                app.classpath=$APPDIR/h2.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:+UseSerialGC
                """);
        // the command's cfg: CRLF line ends and no line end after the last line, as a hand-edited file may have
        Files.writeString(image.resolve("lib/app/parcheck.cfg"), "[Application]\r\n"
                + "app.classpath=$APPDIR/parcheck-0.1.0.jar\r\napp.mainclass=org.parcheck.app.Main\r\n"
                + "[JavaOptions]\r\njava-options=-XX:TieredStopAtLevel=1\r\n"
                + "java-options=-XX:AOTCache=$APPDIR/parcheck-cli.aot\r\njava-options=-Dbin=$BINDIR -Droot=$ROOTDIR");
    }

    @Test
    void theWindowsLauncherStartsTheRuntimeWithItsCfgAndTheArgumentsAsGiven() throws Exception {
        Run run = run(List.of(image.resolve("bin/ParCheck").toString(), "--data-dir", "/tmp/a folder", ""),
                Map.of("GDK_GL", "keep-mine"));
        String app = image.resolve("lib/app").toString();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-XX:+UseSerialGC",
                "-Djpackage.app-path=" + image.resolve("bin/ParCheck").toRealPath(),
                "-cp", app + "/parcheck-0.1.0.jar:" + app + "/h2.jar",
                "org.parcheck.app.Main", "--data-dir", "/tmp/a folder", ""), run.args());
        assertEquals("keep-mine", run.gdkGl(), "a GDK_GL the user set is left alone");
        assertEquals(7, run.exitCode(), "java's exit code");
    }

    @Test
    void theCommandReachedThroughALinkReadsItsOwnCfg() throws Exception {
        Path link = temp.resolve("usr/bin/parcheck");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, image.resolve("bin/parcheck"));
        Run run = run(List.of(link.toString(), "report", "visit", "3"), Map.of());
        String root = image.toRealPath().toString();
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:AOTCache=" + root + "/lib/app/parcheck-cli.aot",
                "-Dbin=" + root + "/bin -Droot=" + root,
                "-Djpackage.app-path=" + root + "/bin/parcheck",
                "-cp", root + "/lib/app/parcheck-0.1.0.jar", "org.parcheck.app.Main", "report", "visit", "3"),
                run.args());
        boolean gpu = hasGpu();
        assertEquals(gpu ? "unset" : "disable", run.gdkGl(), "GDK_GL=disable only on a machine without a GPU");
        assertEquals(7, run.exitCode());
    }

    @Test
    void aMissingCfgIsSaidAndJavaIsNotStarted() throws Exception {
        Files.delete(image.resolve("lib/app/parcheck.cfg"));
        Run run = run(List.of(image.resolve("bin/parcheck").toString(), "--version"), Map.of());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(), run.args());
        assertTrue(run.output().contains("parcheck.cfg") && run.output().contains("reinstall ParCheck"), run.output());
    }

    private static boolean hasGpu() throws IOException {
        Path dri = Path.of("/dev/dri");
        if (!Files.isDirectory(dri)) {
            return false;
        }
        try (var nodes = Files.list(dri)) {
            return nodes.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith("card") || n.startsWith("renderD"));
        }
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exitCode, String output) {
        List<String> args() {
            List<String> args = new ArrayList<>();
            for (String line : output.split("\n", -1)) {
                if (line.startsWith("arg[") && line.endsWith("]")) {
                    args.add(line.substring(4, line.length() - 1));
                }
            }
            return args;
        }

        String gdkGl() {
            for (String line : output.split("\n")) {
                if (line.startsWith("GDK_GL[")) {
                    return line.substring(7, line.length() - 1);
                }
            }
            return null;
        }
    }

    private static Run run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("GDK_GL");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher ended");
        return new Run(process.exitValue(), output);
    }
}
