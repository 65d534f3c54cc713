package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.parcheck.common.i18n.Messages;

/**
 * What every command needs besides its own options: where to print, the environment (for
 * {@code PARCHECK_DATA_DIR}), the folder relative output names are written to, and the user's language.
 *
 * @param out        results ("written: …")
 * @param err        errors and refusals, one line each (details go to the data folder's log)
 * @param env        the process environment
 * @param workingDir where {@code --format} without {@code --out} writes its file
 * @param messages   the user's language ({@link ParCheckCli#language})
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir,
                         Messages messages) {
}
