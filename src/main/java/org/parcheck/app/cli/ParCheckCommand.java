package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcheck.app.AppInfo;
import org.parcheck.app.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command, {@code parcheck}: its sub-commands ({@link #SUBCOMMANDS}) and the one {@code --data-dir} option,
 * inherited by every sub-command (picocli {@code scope = INHERIT}: given anywhere on the line, it lands in this
 * object). Texts come from {@code cli_vi.properties} / {@code cli_en.properties} beside this class, keyed by the
 * command's qualified name.
 */
@Command(name = "parcheck", mixinStandardHelpOptions = true, versionProvider = ParCheckCommand.Version.class,
        sortOptions = false)
public final class ParCheckCommand {

    /**
     * The sub-commands, in the order the help lists them. {@link ParCheckCli} adds only the one named on the command
     * line (all of them for the top help or a mistyped name): building picocli's model of a command by reflection
     * costs start-up time, and a command line runs one command.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("report", ReportCommands.class);
        all.put("export", ExportCommands.class);
        all.put("import", ImportCommands.class);
        all.put("verify", VerifyCommands.class);
        all.put("backup", BackupCommands.Backup.class);
        all.put("restore", BackupCommands.Restore.class);
        all.put("sync", SyncCommand.class);
        all.put("server", ServerCommands.class);
        return Collections.unmodifiableMap(all);
    }

    @Option(names = DataFolder.ARGUMENT, scope = ScopeType.INHERIT, descriptionKey = "option.dataDir",
            paramLabel = "${bundle:label.dir}", order = 100)
    private Path dataDir;

    private final CliContext context;

    ParCheckCommand(CliContext context) {
        this.context = context;
    }

    /** The top command of the command line that {@code spec} belongs to. */
    static ParCheckCommand of(CommandSpec spec) {
        return (ParCheckCommand) spec.root().userObject();
    }

    CliContext context() {
        return context;
    }

    /** {@code --data-dir}, else {@code PARCHECK_DATA_DIR}, else the system's per-user folder ({@link DataFolder}). */
    Path dataDir() {
        if (dataDir != null) {
            return dataDir.toAbsolutePath().normalize();
        }
        return DataFolder.resolve(new String[0], context.env(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    /** "ParCheck 0.1.0", from {@code app/version.properties} (filled in by the build). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ParCheck " + AppInfo.readVersion()};
        }
    }
}
