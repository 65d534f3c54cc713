package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.parcheck.common.i18n.Messages;

/**
 * What every command needs besides its own options: where to print, the environment (for
 * {@code PARCHECK_DATA_DIR} and the passwords of #19), the folder relative output names are written to, the user's
 * language and the console passwords are asked on.
 *
 * @param out        results ("written: …")
 * @param err        errors and refusals, one line each (details go to the data folder's log)
 * @param env        the process environment
 * @param workingDir where {@code --format} without {@code --out} writes its file
 * @param messages   the user's language ({@link ParCheckCli#language})
 * @param console    asks a password without showing it; null when there is no console (a script, a pipe)
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir,
                         Messages messages, PasswordConsole console) {

    /** Without a console: a password can come only from the environment. */
    public CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir, Messages messages) {
        this(out, err, env, workingDir, messages, null);
    }

    /** Where a password is typed: the terminal, without echo ({@link java.io.Console#readPassword}). */
    @FunctionalInterface
    public interface PasswordConsole {
        /** Shows {@code prompt} and reads a line without echo; null at the end of input. */
        char[] readPassword(String prompt);

        /** The process's terminal, or null when it has none (output redirected, run by a script). */
        static PasswordConsole system() {
            java.io.Console console = System.console();
            return console == null ? null : prompt -> console.readPassword("%s", prompt);
        }
    }
}
