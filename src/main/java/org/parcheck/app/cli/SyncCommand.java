package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.ServerConnection;
import org.parcheck.server.ServerConnector;
import org.parcheck.server.ServerException;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.SyncService;
import org.parcheck.server.WaitingNames;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parcheck sync [--keep mine|theirs] [--data-dir DIR]} (#17): syncs the data folder with the province server
 * saved for it (Settings → Máy chủ của Sở), as the window's Sync button does. The password comes from
 * {@value #PASSWORD_VARIABLE} or the console, never an option. Progress goes to {@code err}, the summary to
 * {@code out}. With conflicts and no {@code --keep} nothing is applied and the conflicts are listed (exit 5). Exit
 * codes: 0 done; 5 conflicts left open; 10 the server's password missing or wrong; 20 no server saved; 21 cannot
 * connect (unreachable, TLS, no rights, not a ParCheck server, newer schema); 22 the connection was lost during the
 * sync (nothing half-applied: run again); 23 data from the server refused (nothing applied); 24 another laptop sent
 * changes to the same items meanwhile (sync again); and the codes of every command that opens data (1, 4, 8, 10).
 */
final class SyncCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(SyncCommand.class.getName());

    static final String PASSWORD_VARIABLE = "PARCHECK_SERVER_PASSWORD";
    static final int CONFLICTS = PackageCommand.REFUSED;
    static final int NO_SERVER = 20;
    static final int NOT_CONNECTED = 21;
    static final int CONNECTION_LOST = 22;
    static final int BAD_DATA = 23;
    static final int SYNC_AGAIN = 24;

    private CommandSpec spec;
    private ImportCommands.Conflicts keep;

    /** The model of {@code sync} ({@link CommandModel}). */
    CommandSpec model() {
        spec = CommandModel.of(this).unsorted()
                .option("--keep", "mine|theirs", "option.keep", ImportCommands.Conflicts.class, v -> keep = v)
                .build();
        return spec;
    }

    @Override
    public Integer call() {
        ParCheckCommand root = ParCheckCommand.of(spec);
        return run(root.context(), keep == null ? null : keep.choice(), root.dataDir());
    }

    static int run(CliContext context, ImportPlan.Choice keep, Path dataDir) {
        Messages messages = context.messages();
        PrintStream err = context.err();
        return DataSession.open(dataDir, false, context, (services, log) -> {
            Optional<ServerAddress> address = savedAddress(services);
            if (address.isEmpty()) {
                err.println(messages.get("sync.cli.noServer"));
                return NO_SERVER;
            }
            Optional<char[]> password = new Passwords(context).server();
            if (password.isEmpty()) {
                return Passwords.EXIT_CODE;
            }
            try (ServerConnection connection = connect(address.get(), password.get())) {
                return sync(context, services, connection, keep);
            } catch (ServerException e) {
                LOG.warning(() -> "Sync failed: " + e.kind() + ": " + e.getMessage());
                err.println(messages.get(messageKey(e.kind()), address.get().host(),
                        address.get().database(), address.get().user()));
                return exitCode(e.kind());
            } finally {
                Passwords.wipe(password.get());
            }
        });
    }

    private static ServerConnection connect(ServerAddress address, char[] password) {
        return ServerConnector.connect(address, password);
    }

    private static int sync(CliContext context, AppServices services, ServerConnection connection,
                            ImportPlan.Choice keep) {
        Messages messages = context.messages();
        SyncService service = new SyncService(services.database(), services.dataDir(),
                services.dataKey().orElse(null), services.exchangeService(), connection.database(),
                connection.account().roleName());
        SyncProgress progress = (key, done, total) -> context.err().println(messages.get(key, done, total));
        SyncPlan plan = service.prepare(progress);
        if (!plan.conflicts().isEmpty() && keep == null) {
            service.discard(plan);
            context.err().println(messages.get("sync.cli.conflicts", plan.conflicts().size()));
            plan.conflicts().forEach(c -> context.err().println("  " + c.visitLabel() + " | " + c.change().label()));
            return CONFLICTS;
        }
        Map<String, ImportPlan.Choice> choices = new HashMap<>();
        plan.conflicts().forEach(c -> choices.put(c.id(), keep));
        SyncResult result = service.complete(plan, choices, progress);
        context.out().println(messages.get("sync.cli.done", result.plansBrought(), result.visitsBrought(),
                result.plansSent(), result.visitsSent(), result.filesDown(), result.filesUp(),
                result.conflictsDecided()));
        if (result.replacedByFinalised() > 0) {
            context.out().println(messages.get("server.sync.replacedByFinalised", result.replacedByFinalised()));
        }
        if (result.waitingNotOnTeam() > 0) {
            context.out().println(messages.get("server.sync.waitingNotOnTeam", result.waitingNotOnTeam()));
            String names = WaitingNames.line(messages, result.waiting());
            if (!names.isEmpty()) {
                context.out().println(names);
            }
        }
        if (result.syncAgain()) {
            context.err().println(messages.get("sync.cli.syncAgain"));
            return SYNC_AGAIN;
        }
        return PackageCommand.OK;
    }

    /** The message for a failed sync: {@code sync.cli.failed.*}, one per kind. */
    static String messageKey(ServerException.Kind kind) {
        return switch (kind) {
            case UNREACHABLE -> "sync.cli.failed.unreachable";
            case WRONG_PASSWORD -> "sync.cli.failed.wrongPassword";
            case TLS -> "sync.cli.failed.tls";
            case NO_RIGHTS -> "sync.cli.failed.noRights";
            case NOT_PARCHECK -> "sync.cli.failed.notParcheck";
            case NEWER_SCHEMA -> "sync.cli.failed.newerSchema";
            case CONNECTION_LOST -> "sync.cli.failed.connectionLost";
            case BAD_DATA -> "sync.cli.failed.badData";
            case OTHER -> "sync.cli.failed.other";
        };
    }

    static int exitCode(ServerException.Kind kind) {
        return switch (kind) {
            case WRONG_PASSWORD -> Passwords.EXIT_CODE;
            case UNREACHABLE, TLS, NO_RIGHTS, NOT_PARCHECK, NEWER_SCHEMA -> NOT_CONNECTED;
            case CONNECTION_LOST -> CONNECTION_LOST;
            case BAD_DATA -> BAD_DATA;
            case OTHER -> ParCheckCli.FAILED;
        };
    }

    /** The address saved for this data folder in Settings → Máy chủ của Sở (#17 connect). */
    static Optional<ServerAddress> savedAddress(AppServices services) {
        return new ServerSettings(services.database()).address();
    }
}
