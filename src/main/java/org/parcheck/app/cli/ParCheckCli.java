package org.parcheck.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parcheck.app.DataFolder;
import org.parcheck.app.FirstStart;
import org.parcheck.app.LaunchArguments;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code parcheck} command line (picocli): builds the command tree of {@link ParCheckCommand} in the user's
 * language, runs it and returns the exit code. Help and version go to {@code out}; a bad command line gets one
 * localised line on {@code err} (with picocli's "did you mean" suggestions), the command's synopsis and a pointer to
 * {@code --help}, and exits {@link #USAGE} — never the window. {@link #opensWindow} is how {@code Main} tells a
 * command from a start of the window.
 *
 * <p>The language is decided before parsing (help and errors need it): when the data folder exists, its language
 * setting, as the window shows it (Vietnamese unless the user chose English); when there is no data folder yet, the
 * JVM's locale (Vietnamese for {@code vi}, English otherwise). This is why {@code --data-dir} is looked at once here,
 * besides the picocli option that the commands use.
 */
public final class ParCheckCli {

    /** Bad arguments, an unknown command or option: EX_USAGE of sysexits.h, as documented before picocli. */
    public static final int USAGE = 64;
    /** A command failed unexpectedly; the details are in the data folder's log. */
    public static final int FAILED = 1;

    private static final Logger LOG = Logger.getLogger(ParCheckCli.class.getName());
    private static final String BUNDLE = "org.parcheck.app.cli.cli";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path workingDir;
    private final CliContext.PasswordConsole console;

    public ParCheckCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, Path.of("").toAbsolutePath());
    }

    /** {@code workingDir} is where {@code --format} without {@code --out} writes its file. */
    public ParCheckCli(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
        this(out, err, env, workingDir, CliContext.PasswordConsole.system());
    }

    /** {@code console} asks passwords (#19); null: none, a password comes only from the environment. */
    public ParCheckCli(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir,
                       CliContext.PasswordConsole console) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.workingDir = workingDir;
        this.console = console;
    }

    /**
     * Whether these arguments start the window rather than a command: none at all, only {@code --data-dir DIR}, or
     * a {@code .parcheck} file (what the desktop passes when the user opens a package), with or without
     * {@code --data-dir}, and {@code --demo} (the demo's own data folder, {@link FirstStart#DEMO_ARGUMENT}).
     * Anything else is a command, and a mistyped one is an error. Decided by {@link LaunchArguments}, which
     * {@code Main} asks directly so that a start of the window does not load picocli.
     */
    public static boolean opensWindow(String[] args) {
        return LaunchArguments.opensWindow(args);
    }

    /** Runs the command line {@code args} (without the program name) and returns the exit code. */
    public int run(String... args) {
        Messages messages = new Messages(language(args, env, Locale.getDefault()));
        CliContext context = new CliContext(out, err, env, workingDir, messages, console);
        // a report's second core starts before the command line is parsed (ReportWarmUp)
        try (ReportWarmUp warmUp = ReportWarmUp.start(subcommandIn(args), args)) {
            CommandLine cli = commandLine(context, args);
            return cli.execute(args);
        }
    }

    /**
     * The command tree in the context's language, printing to its streams: the top command with the sub-command
     * {@code args} names, or with all of them when it names none of them (help, a mistyped name).
     */
    static CommandLine commandLine(CliContext context, String... args) {
        Locale locale = context.messages().locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        CommandLine cli = new CommandLine(new ParCheckCommand(context).model());
        String named = subcommandIn(args);
        ParCheckCommand.SUBCOMMANDS.forEach((name, model) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, model.get());
            }
        });
        cli.setResourceBundle(bundle);
        versionEverywhere(cli);
        cli.setOut(ConsoleOutput.writer(context.out()));
        cli.setErr(ConsoleOutput.writer(context.err()));
        cli.setUsageHelpAutoWidth(true);
        cli.setAbbreviatedOptionsAllowed(false);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, unused) -> usageError(e, context.messages()));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            LOG.log(Level.SEVERE, "Command failed: " + command.getCommandSpec().qualifiedName(), e);
            context.err().println(context.messages().get("app.cli.error.unexpected", String.valueOf(e.getMessage())));
            return FAILED;
        });
        return cli;
    }

    /** The sub-command the first word of {@code args} names (after {@code --data-dir DIR}), or null. */
    private static String subcommandIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (DataFolder.ARGUMENT.equals(args[i])) {
                i++;
            } else if (!args[i].startsWith(DataFolder.ARGUMENT + "=")) {
                return ParCheckCommand.SUBCOMMANDS.containsKey(args[i]) ? args[i] : null;
            }
        }
        return null;
    }

    /** {@code --version} on a sub-command prints the same as on the top command. */
    private static void versionEverywhere(CommandLine command) {
        command.getCommandSpec().versionProvider(new ParCheckCommand.Version());
        command.getSubcommands().values().forEach(ParCheckCli::versionEverywhere);
    }

    /**
     * The user's language: the data folder's setting when the folder exists (Vietnamese unless English was chosen),
     * else the JVM's locale (Vietnamese for {@code vi}, English otherwise).
     */
    static Locale language(String[] args, Map<String, String> env, Locale jvm) {
        Path dataDir = DataFolder.resolve(args, env, System.getProperty("os.name"), System.getProperty("user.home"));
        if (Files.isDirectory(dataDir)) {
            return UiSettings.load(dataDir).language();
        }
        return "vi".equals(jvm.getLanguage()) ? Messages.VIETNAMESE : Messages.ENGLISH;
    }

    /** One localised line saying what is wrong, suggestions, the synopsis and where the full help is. */
    private static int usageError(ParameterException e, Messages messages) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(problem(e, command, messages));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("app.cli.error.didYouMean", unmatched.getSuggestions().stream()
                    .map(s -> s.startsWith("-") ? s : qualified(command) + " " + s).collect(Collectors.joining(", "))));
        }
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println(messages.get("app.cli.error.seeHelp", qualified(command) + " --help"));
        err.flush();
        LOG.fine(() -> "Usage error: " + e.getMessage());
        return USAGE;
    }

    private static String problem(ParameterException e, CommandLine command, Messages messages) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String first = words.isEmpty() ? "" : words.get(0);
            if (first.startsWith("-")) {
                return messages.get("app.cli.error.unknownOption", first);
            }
            if (!command.getSubcommands().isEmpty()) {
                return messages.get("app.cli.error.unknownCommand", first, commands(command));
            }
            return messages.get("app.cli.error.extraArgument", first);
        }
        if (e instanceof MissingParameterException missing) {
            return messages.get("report.cli.badArgument", missing.getMissing().stream().map(ParCheckCli::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof OverwrittenOptionException repeated) {
            return messages.get("app.cli.error.repeated", name(repeated.getOverwritten()));
        }
        if (e.getArgSpec() == null && !command.getSubcommands().isEmpty()) {
            return messages.get("app.cli.error.missingCommand", commands(command));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return messages.get("report.cli.badArgument", name(e.getArgSpec()) + " " + e.getValue());
        }
        // thrown by a command's own checks, already in the user's language
        return e.getMessage();
    }

    /** "parcheck export results, parcheck export package, parcheck export log". */
    private static String commands(CommandLine command) {
        return command.getSubcommands().keySet().stream().map(s -> qualified(command) + " " + s)
                .collect(Collectors.joining(", "));
    }

    private static String qualified(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
