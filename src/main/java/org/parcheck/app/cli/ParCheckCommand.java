package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.parcheck.app.AppInfo;
import org.parcheck.app.DataFolder;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top command, {@code parcheck}: its sub-commands ({@link #SUBCOMMANDS}) and the one {@code --data-dir} option,
 * inherited by every sub-command (picocli's {@code ScopeType.INHERIT}: given anywhere on the line, it lands in this
 * object). Every command's model is built in code ({@link CommandModel}, D38). Texts come from
 * {@code cli_vi.properties} / {@code cli_en.properties} beside this class, keyed by the command's qualified name.
 */
public final class ParCheckCommand {

    /**
     * The sub-commands, in the order the help lists them. {@link ParCheckCli} adds only the one named on the command
     * line (all of them for the top help or a mistyped name): a command line runs one command, and building the
     * others' models would only cost start-up time.
     */
    static final Map<String, Supplier<CommandSpec>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<CommandSpec>> subcommands() {
        Map<String, Supplier<CommandSpec>> all = new LinkedHashMap<>();
        all.put("report", ReportCommands::model);
        all.put("export", ExportCommands::model);
        all.put("import", ImportCommands::model);
        all.put("verify", VerifyCommands::model);
        all.put("backup", () -> new BackupCommands.Backup().model());
        all.put("restore", () -> new BackupCommands.Restore().model());
        all.put("sync", () -> new SyncCommand().model());
        all.put("server", ServerCommands::model);
        return Collections.unmodifiableMap(all);
    }

    private Path dataDir;

    private final CliContext context;

    ParCheckCommand(CliContext context) {
        this.context = context;
    }

    /** The model of {@code parcheck} itself, without sub-commands ({@link CommandModel}). */
    CommandSpec model() {
        return CommandModel.of(this).unsorted()
                .inherited(DataFolder.ARGUMENT, "${bundle:label.dir}", "option.dataDir", Path.class, 100,
                        v -> dataDir = v)
                .build()
                .name("parcheck");
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
