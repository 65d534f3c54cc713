package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the {@code parcheck} command line in-process for tests, with the words of one command group in front
 * ({@code report(…)} is {@code parcheck report …}), as the tests wrote them before the command line moved to picocli.
 */
final class CliRunner {

    private final ParCheckCli cli;

    CliRunner(PrintStream out, PrintStream err, Map<String, String> env) {
        this.cli = new ParCheckCli(out, err, env);
    }

    CliRunner(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
        this.cli = new ParCheckCli(out, err, env, workingDir);
    }

    /** {@code parcheck <args>}. */
    int run(String... args) {
        return cli.run(args);
    }

    /** {@code parcheck report <args>}. */
    int report(String... args) {
        return cli.run(words(new String[] {"report"}, args));
    }

    /** {@code parcheck export <args>} ({@code results …}, {@code log …}). */
    int export(String... args) {
        return cli.run(words(new String[] {"export"}, args));
    }

    /** {@code parcheck export package <args>}. */
    int exportPackage(String... args) {
        return cli.run(words(new String[] {"export", "package"}, args));
    }

    /** {@code parcheck import package <args>}. */
    int importPackage(String... args) {
        return cli.run(words(new String[] {"import", "package"}, args));
    }

    /** {@code parcheck verify <args>}. */
    int verify(String... args) {
        return cli.run(words(new String[] {"verify"}, args));
    }

    static String[] words(String[] first, String[] rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }
}
