package org.parcheck.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.app.AppLogging;
import org.parcheck.app.AppServices;
import org.parcheck.app.DataFolder;
import org.parcheck.app.InstanceLock;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.exchange.PackageException;
import org.parcheck.persistence.DatabaseException;

/**
 * Team exchange on the command line, headless:
 * {@code export package --plan <id> [--visit <id>]... --out f.parcheck [--data-dir DIR]} and
 * {@code import package <f.parcheck> [--conflicts mine|theirs] [--data-dir DIR]}. An import with conflicts and no
 * {@code --conflicts} changes nothing and lists them. Exit codes: 0 done, 1 failed unexpectedly (details in the
 * log), 2 no such plan, 3 file not writable or disk full, 4 data folder in use or cannot be opened, 5 package refused
 * or conflicts left open, 64 bad arguments. Logs to the data folder's {@code logs/} like the window.
 */
public final class PackageCommand {

    private static final Logger LOG = Logger.getLogger(PackageCommand.class.getName());

    public static final int OK = 0;
    /** Something unexpected; the details are in the log file of the data folder. */
    public static final int FAILED = 1;
    public static final int UNKNOWN_PLAN = 2;
    public static final int NOT_WRITABLE = 3;
    public static final int DATA_FOLDER_IN_USE = 4;
    public static final int REFUSED = 5;
    public static final int USAGE = 64;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public PackageCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** The words after {@code export package}. */
    public int runExport(String[] args) {
        Long plan = null;
        List<Long> visits = new ArrayList<>();
        Path output = null;
        Messages messages = messages(args);
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--plan" -> plan = number(value, "--plan", messages);
                    case "--visit" -> visits.add(number(value, "--visit", messages));
                    case "--out" -> output = Path.of(require(value, "--out", messages)).toAbsolutePath().normalize();
                    case DataFolder.ARGUMENT -> require(value, args[i], messages);
                    default -> throw new IllegalArgumentException(messages.get("report.cli.badArgument", args[i]));
                }
                i++;
            }
            if (plan == null || output == null) {
                throw new IllegalArgumentException(messages.get("report.cli.badArgument", plan == null ? "--plan"
                        : "--out"));
            }
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage(), messages);
        }
        Path target = output;
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(target)) {
            err.println(messages.get("report.cli.notWritable", target));
            return NOT_WRITABLE;
        }
        long planId = plan;
        return withServices(args, messages, services -> {
            if (services.planService().overviews().stream().noneMatch(p -> p.plan().id() == planId)) {
                err.println(messages.get("report.cli.unknownPlan", planId));
                return UNKNOWN_PLAN;
            }
            services.exchangeService().export(planId, visits, target);
            out.println(messages.get("exchange.export.done", target));
            return OK;
        });
    }

    /** The words after {@code import package}. */
    public int runImport(String[] args) {
        Messages messages = messages(args);
        Path file = null;
        ImportPlan.Choice conflicts = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if ("--conflicts".equals(args[i])) {
                    String choice = require(value, "--conflicts", messages);
                    if (!"mine".equals(choice) && !"theirs".equals(choice)) {
                        throw new IllegalArgumentException(messages.get("report.cli.badArgument", choice));
                    }
                    conflicts = "mine".equals(choice) ? ImportPlan.Choice.MINE : ImportPlan.Choice.THEIRS;
                    i++;
                } else if (DataFolder.ARGUMENT.equals(args[i])) {
                    require(value, args[i], messages);
                    i++;
                } else if (file == null && !args[i].startsWith("--")) {
                    file = Path.of(args[i]).toAbsolutePath().normalize();
                } else {
                    throw new IllegalArgumentException(messages.get("report.cli.badArgument", args[i]));
                }
            }
            if (file == null) {
                throw new IllegalArgumentException(messages.get("report.cli.badArgument", "<file.parcheck>"));
            }
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage(), messages);
        }
        Path source = file;
        ImportPlan.Choice choice = conflicts;
        return withServices(args, messages, services -> {
            ImportPlan plan = services.exchangeService().analyse(source);
            if (!plan.repaired().isEmpty()) {
                out.println(messages.get("exchange.import.repaired", plan.repaired().size(),
                        String.join(", ", plan.repaired())));
            }
            if (plan.alreadyImported() || plan.nothingToDo()) {
                services.exchangeService().discard(plan);
                out.println(messages.get(plan.alreadyImported() ? "exchange.import.alreadyImported"
                        : "exchange.import.nothingNew"));
                return OK;
            }
            if (!plan.conflicts().isEmpty() && choice == null) {
                services.exchangeService().discard(plan);
                err.println(messages.get("exchange.cli.conflicts", plan.conflicts().size()));
                plan.conflicts().forEach(c -> err.println("  " + c.visitLabel() + " | " + c.change().label()));
                return REFUSED;
            }
            Map<String, ImportPlan.Choice> choices = new HashMap<>();
            plan.conflicts().forEach(c -> choices.put(c.id(), choice));
            services.exchangeService().apply(plan, choices);
            out.println(messages.get("exchange.import.done", plan.newPlans().size(), plan.newVisits().size(),
                    plan.automaticChanges().size() + (choice == ImportPlan.Choice.THEIRS ? plan.conflicts().size()
                            : 0)));
            return OK;
        });
    }

    private int withServices(String[] args, Messages messages, Function<AppServices, Integer> work) {
        Path dataDir = DataFolder.resolve(args, env, System.getProperty("os.name"), System.getProperty("user.home"));
        Optional<InstanceLock> lock;
        try {
            Files.createDirectories(dataDir);
            lock = InstanceLock.tryAcquire(dataDir);
        } catch (IOException e) {
            err.println(messages.get("report.cli.openFailed", dataDir));
            return DATA_FOLDER_IN_USE;
        }
        if (lock.isEmpty()) {
            err.println(messages.get("report.cli.dataFolderInUse", dataDir));
            return DATA_FOLDER_IN_USE;
        }
        InstanceLock held = lock.get();
        try (AppLogging.CommandLog log = AppLogging.command(dataDir)) {
            return withLog(dataDir, messages, work, log);
        } finally {
            try {
                held.close();
            } catch (IOException e) {
                // the operating system releases the lock when the process ends
            }
        }
    }

    private int withLog(Path dataDir, Messages messages, Function<AppServices, Integer> work,
                        AppLogging.CommandLog log) {
        try (AppServices services = AppServices.open(dataDir)) {
            if (DamagedData.refuse(services, dataDir, messages, err)) {
                return DamagedData.EXIT_CODE;
            }
            return work.apply(services);
        } catch (DatabaseException e) {
            LOG.log(Level.SEVERE, "Opening " + dataDir + " failed", e);
            if (DamagedData.refused(e, dataDir, messages, err)) {
                return DamagedData.EXIT_CODE;
            }
            err.println(messages.get("report.cli.openFailed", dataDir));
            return DATA_FOLDER_IN_USE;
        } catch (PackageException e) {
            LOG.log(Level.WARNING, "Package refused: " + e.getMessage(), e);
            err.println(messages.get(e.messageKey(), e.args()));
            return e.kind() == PackageException.Kind.NOT_WRITABLE || e.kind() == PackageException.Kind.DISK_FULL
                    ? NOT_WRITABLE : REFUSED;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Package command failed", e);
            err.println(messages.get("exchange.cli.failed", log.file()));
            return FAILED;
        }
    }

    private Messages messages(String[] args) {
        Path dataDir = DataFolder.resolve(args, env, System.getProperty("os.name"), System.getProperty("user.home"));
        return new Messages(Files.isDirectory(dataDir) ? UiSettings.load(dataDir).language() : Messages.VIETNAMESE);
    }

    private int usage(String problem, Messages messages) {
        err.println(problem);
        err.println(messages.get("exchange.cli.usage"));
        return USAGE;
    }

    private static String require(String value, String option, Messages messages) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(messages.get("report.cli.badArgument", option));
        }
        return value;
    }

    private static long number(String value, String option, Messages messages) {
        try {
            return Long.parseLong(require(value, option, messages));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("report.cli.badArgument", value));
        }
    }
}
