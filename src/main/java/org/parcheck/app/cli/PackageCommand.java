package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.exchange.PackageException;

/**
 * Team exchange on the command line, headless:
 * {@code export package --plan <id> [--visit <id>]... --out f.parcheck [--protect|--no-protect] [--data-dir DIR]}
 * and {@code import package <f.parcheck> [--conflicts mine|theirs] [--data-dir DIR]} (parsed in
 * {@link ExportCommands} and {@link ImportCommands}). An import with conflicts and no {@code --conflicts} changes
 * nothing and lists them. A package is protected with a password (#19) with {@code --protect}, and by default from a
 * protected data folder; the password comes from {@code PARCHECK_PACKAGE_PASSWORD} or the console ({@link Passwords}).
 * Exit codes: 0 done, 1 failed unexpectedly (details in the log), 2 no such plan, 3 file not writable or disk full,
 * 4 data folder in use or cannot be opened, 5 package refused or conflicts left open, 8 damaged data, 10 a password
 * needed and not given, wrong, or not confirmed, 64 bad arguments. Logs to the data folder's {@code logs/} like the
 * window.
 */
public final class PackageCommand {

    private static final Logger LOG = Logger.getLogger(PackageCommand.class.getName());

    public static final int OK = 0;
    /** Something unexpected; the details are in the log file of the data folder. */
    public static final int FAILED = ParCheckCli.FAILED;
    public static final int UNKNOWN_PLAN = 2;
    public static final int NOT_WRITABLE = 3;
    public static final int DATA_FOLDER_IN_USE = DataSession.DATA_FOLDER_IN_USE;
    public static final int REFUSED = 5;
    public static final int USAGE = ParCheckCli.USAGE;
    /** A password needed and not given, wrong, or not typed the same twice (#19). */
    public static final int PASSWORD = Passwords.EXIT_CODE;

    /** Whether a package is protected with a password. */
    enum Protection {
        /** {@code --protect}. */
        PROTECT,
        /** {@code --no-protect}: unprotected even from a protected data folder. */
        NO_PROTECT,
        /** Neither: protected exactly when the data folder is. */
        AS_FOLDER
    }

    private final CliContext context;
    private final PrintStream out;
    private final PrintStream err;

    PackageCommand(CliContext context) {
        this.context = context;
        this.out = context.out();
        this.err = context.err();
    }

    /** {@code export package}: the plan (all its visits, or those listed) to {@code target}. */
    int export(long planId, List<Long> visits, Path target, Path dataDir, Protection protection) {
        Messages messages = context.messages();
        if (!DataSession.writable(target)) {
            err.println(messages.get("report.cli.notWritable", target));
            return NOT_WRITABLE;
        }
        return withServices(dataDir, services -> {
            if (services.planService().overviews().stream().noneMatch(p -> p.plan().id() == planId)) {
                err.println(messages.get("report.cli.unknownPlan", planId));
                return UNKNOWN_PLAN;
            }
            boolean protect = protection == Protection.PROTECT
                    || protection == Protection.AS_FOLDER && services.dataKey().isPresent();
            char[] password = null;
            if (protect) {
                Optional<char[]> chosen = new Passwords(context).newPackage();
                if (chosen.isEmpty()) {
                    return PASSWORD;
                }
                password = chosen.get();
            }
            try {
                services.exchangeService().export(planId, visits, target, password);
            } finally {
                Passwords.wipe(password);
            }
            out.println(messages.get(protect ? "app.cli.password.exportedProtected" : "exchange.export.done",
                    target));
            if (!protect && services.dataKey().isPresent()) {
                out.println(messages.get("app.cli.password.exportedUnprotected"));
            }
            return OK;
        });
    }

    /** {@code import package}: {@code choice} settles every conflict; null refuses a package with conflicts. */
    int importPackage(Path source, ImportPlan.Choice choice, Path dataDir) {
        Messages messages = context.messages();
        return withServices(dataDir, services -> {
            char[] password = null;
            if (ExchangeService.isProtected(source)) {
                Optional<char[]> given = new Passwords(context).packageToOpen();
                if (given.isEmpty()) {
                    return PASSWORD;
                }
                password = given.get();
            }
            ImportPlan plan;
            try {
                plan = services.exchangeService().analyse(source, password);
            } finally {
                Passwords.wipe(password);
            }
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
            if (plan.replacedByFinalised() > 0) {
                out.println(messages.get("exchange.import.replacedByFinalised", plan.replacedByFinalised()));
            }
            return OK;
        });
    }

    /** Opens the data and runs {@code work}; a refused package is exit 5 (3 when it could not be written). */
    private int withServices(Path dataDir, Function<AppServices, Integer> work) {
        Messages messages = context.messages();
        return DataSession.open(dataDir, true, context, (services, log) -> {
            try {
                return work.apply(services);
            } catch (PackageException e) {
                // the kind only: the message can name files and values (no content in the log, #19)
                LOG.warning(() -> "Package refused: " + e.kind());
                err.println(messages.get(e.messageKey(), e.args()));
                if (e.kind() == PackageException.Kind.WRONG_PASSWORD
                        || e.kind() == PackageException.Kind.PASSWORD_NEEDED) {
                    return PASSWORD;
                }
                return e.kind() == PackageException.Kind.NOT_WRITABLE || e.kind() == PackageException.Kind.DISK_FULL
                        ? NOT_WRITABLE : REFUSED;
            }
        });
    }
}
