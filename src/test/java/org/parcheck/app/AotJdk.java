package org.parcheck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code java} of a JDK 25 or later for the tests of the command line's AOT cache options (D26, D39), which a
 * JDK 17 does not know: this JVM when it is one, else {@code $AOT_JAVA_HOME} as {@code installer/bench-report.sh}
 * reads it, else the installer build's JDK on the build machines ({@code /usr/lib/jvm/temurin-25-jdk-amd64}).
 */
final class AotJdk {

    private AotJdk() {
    }

    static Optional<Path> java() {
        if (Runtime.version().feature() >= 25) {
            return Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        String home = System.getenv("AOT_JAVA_HOME");
        Path java = Path.of(home != null ? home : "/usr/lib/jvm/temurin-25-jdk-amd64", "bin", "java");
        return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
    }
}
