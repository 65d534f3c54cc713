package org.parcheck.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.ServerSchemaVersion;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.persistence.server.ServerCheck;
import org.parcheck.persistence.server.ServerLogin;
import org.parcheck.persistence.server.ServerSetupException;

/**
 * The work of {@link ServerCommands}: reads where the server is and the password, runs the set-up step
 * ({@link ServerAdmin}, {@link ServerCheck}) and prints one line per result or problem. Exit codes: {@link #OK};
 * {@link #NOT_FOUND} no such plan or inspector account; {@link #REFUSED} refused (not a ParCheck database, a newer
 * schema, no rights, the role exists, problems found by {@code check}); {@link Passwords#EXIT_CODE} a password
 * missing, wrong, too short or typed differently twice; {@link #UNREACHABLE} no answer, or TLS not agreed;
 * {@link ParCheckCli#USAGE} no server given; {@link ParCheckCli#FAILED} unexpected. A command that fails changes
 * nothing.
 */
final class ServerCommandRunner {

    static final int OK = 0;
    static final int NOT_FOUND = 2;
    static final int REFUSED = 5;
    static final int UNREACHABLE = 11;
    static final String URL_VARIABLE = "PARCHECK_SERVER_URL";
    static final String USER_VARIABLE = "PARCHECK_SERVER_USER";
    static final String PASSWORD_VARIABLE = "PARCHECK_SERVER_PASSWORD";
    static final String NEW_PASSWORD_VARIABLE = "PARCHECK_NEW_ACCOUNT_PASSWORD";
    /** PostgreSQL sets no minimum itself; a person's server password is at least this long. */
    static final int MIN_NEW_PASSWORD = 10;

    private static final Logger LOG = Logger.getLogger(ServerCommandRunner.class.getName());
    /** The JDBC driver logs a failed host name check as SEVERE on the console; the command says it in one line. */
    private static final Logger DRIVER = Logger.getLogger("org.postgresql");

    private final CliContext context;
    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    ServerCommandRunner(CliContext context) {
        this.context = context;
        this.messages = context.messages();
        this.out = context.out();
        this.err = context.err();
    }

    int upgrade(ServerCommands.Connection connection) {
        return withServer(connection, source -> {
            ServerAdmin.Upgrade done = new ServerAdmin(source).upgrade();
            if (done.executed() == 0) {
                out.println(messages.get("server.cli.upToDate", done.to()));
            } else if (done.from() == null) {
                out.println(messages.get("server.cli.created", done.to(), done.executed(), done.ranAs()));
            } else {
                out.println(messages.get("server.cli.upgraded", done.from(), done.to(), done.executed(),
                        done.ranAs()));
            }
            return OK;
        });
    }

    int addAccount(ServerCommands.Connection connection, String role, ServerAdmin.AccountKind kind, String name,
                   String jobTitle, String agency) {
        if (name.isBlank()) {
            err.println(messages.get("report.cli.badArgument", "--name"));
            return ParCheckCli.USAGE;
        }
        return withServer(connection, source -> {
            char[] password = newPassword(role);
            if (password == null) {
                return Passwords.EXIT_CODE;
            }
            try {
                UUID person = new ServerAdmin(source).addAccount(role, kind, name, jobTitle, agency, password);
                out.println(messages.get("server.cli.accountAdded", role, messages.get("server.cli.kind."
                        + kind.name()), name.strip(), person));
                return OK;
            } finally {
                Passwords.wipe(password);
            }
        });
    }

    int addMember(ServerCommands.Connection connection, String plan, String role) {
        return withServer(connection, source -> {
            UUID planUuid = new ServerAdmin(source).addMember(plan, role);
            out.println(messages.get("server.cli.memberAdded", role, plan, planUuid));
            return OK;
        });
    }

    int check(ServerCommands.Connection connection) {
        return withServer(connection, source -> {
            ServerCheck report = ServerCheck.run(source);
            new ServerCheckPrinter(messages, out).print(report);
            return report.ok() ? OK : REFUSED;
        });
    }

    /** The new account's password: {@value #NEW_PASSWORD_VARIABLE}, else asked twice; null: said why. */
    private char[] newPassword(String role) {
        String fromEnv = context.env().get(NEW_PASSWORD_VARIABLE);
        char[] password = fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.toCharArray();
        if (password == null) {
            if (context.console() == null) {
                err.println(messages.get("server.cli.newPasswordNeeded", NEW_PASSWORD_VARIABLE));
                return null;
            }
            password = context.console().readPassword(messages.get("server.cli.newPasswordPrompt", role) + " ");
            char[] again = password == null ? null
                    : context.console().readPassword(messages.get("app.cli.password.repeatPrompt") + " ");
            if (password == null || again == null || !Arrays.equals(password, again)) {
                Passwords.wipe(password);
                Passwords.wipe(again);
                err.println(messages.get("server.cli.newPasswordMismatch"));
                return null;
            }
            Passwords.wipe(again);
        }
        if (password.length < MIN_NEW_PASSWORD) {
            Passwords.wipe(password);
            err.println(messages.get("server.cli.newPasswordTooShort", MIN_NEW_PASSWORD));
            return null;
        }
        return password;
    }

    /** Connects with the options, the environment and the password, runs {@code work}, turns refusals into codes. */
    private int withServer(ServerCommands.Connection connection, ServerWork work) {
        DRIVER.setLevel(Level.OFF);
        Map<String, String> env = context.env();
        String url = connection.url != null ? connection.url : env.get(URL_VARIABLE);
        String user = connection.user != null ? connection.user : env.get(USER_VARIABLE);
        if (url == null || url.isBlank() || user == null || user.isBlank()) {
            err.println(messages.get("server.cli.serverNeeded", URL_VARIABLE, USER_VARIABLE));
            return ParCheckCli.USAGE;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            err.println(messages.get("server.cli.badUrl", url));
            return ParCheckCli.USAGE;
        }
        char[] password = password(user);
        if (password == null) {
            return Passwords.EXIT_CODE;
        }
        try {
            DataSource source = ServerLogin.open(url, user, password);
            return work.run(source);
        } catch (ServerSetupException e) {
            // the user is told on err; the console shows warnings, and this is an answer, not a fault
            LOG.log(Level.FINE, "Server command refused: " + e.getMessage(), e);
            err.println(messages.get("server.cli.failed." + e.kind().name(), e.subject(), String.valueOf(
                    e.getMessage())));
            return exitCode(e.kind());
        } finally {
            Passwords.wipe(password);
        }
    }

    private char[] password(String user) {
        String fromEnv = context.env().get(PASSWORD_VARIABLE);
        char[] password = fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.toCharArray();
        if (password == null && context.console() != null) {
            password = context.console().readPassword(messages.get("server.cli.passwordPrompt", user) + " ");
        }
        if (password == null || password.length == 0) {
            err.println(messages.get("server.cli.passwordNeeded", PASSWORD_VARIABLE));
            return null;
        }
        return password;
    }

    static int exitCode(ServerSetupException.Kind kind) {
        return switch (kind) {
            case UNREACHABLE, TLS -> UNREACHABLE;
            case WRONG_PASSWORD -> Passwords.EXIT_CODE;
            case NO_SUCH_PLAN, NO_SUCH_ACCOUNT -> NOT_FOUND;
            case BAD_NAME -> ParCheckCli.USAGE;
            case OTHER -> ParCheckCli.FAILED;
            default -> REFUSED;
        };
    }

    @FunctionalInterface
    private interface ServerWork {
        int run(DataSource source);
    }

    /** The report of {@code server check}, one line per point, "[OK]" or "[!!]" first. */
    private record ServerCheckPrinter(Messages messages, PrintStream out) {
        void print(ServerCheck report) {
            out.println(messages.get("server.cli.check.header", report.user(), report.serverVersion()));
            ServerSchemaVersion schema = report.schema();
            if (schema.current() == null) {
                line(false, messages.get("server.cli.check.noSchema", schema.latest()));
            } else if (schema.newer()) {
                line(false, messages.get("server.cli.check.schemaNewer", schema.current(), schema.latest()));
            } else if (schema.pending() > 0) {
                line(false, messages.get("server.cli.check.schemaPending", schema.current(), schema.latest(),
                        schema.pending()));
            } else {
                line(true, messages.get("server.cli.check.schemaOk", schema.current()));
            }
            report.roles().forEach((role, exists) -> line(exists, messages.get(exists ? "server.cli.check.role"
                    : "server.cli.check.roleMissing", role)));
            if (schema.current() == null) {
                return;
            }
            line(report.withoutRowSecurity().isEmpty(), report.withoutRowSecurity().isEmpty()
                    ? messages.get("server.cli.check.rowSecurityOk", ServerCheck.ROW_SECURITY_TABLES.size())
                    : messages.get("server.cli.check.rowSecurityMissing", String.join(", ",
                    report.withoutRowSecurity())));
            line(report.withoutGrants().isEmpty(), report.withoutGrants().isEmpty()
                    ? messages.get("server.cli.check.grantsOk")
                    : messages.get("server.cli.check.grantsMissing", String.join(", ", report.withoutGrants())));
            line(true, messages.get("server.cli.check.accounts", count(report, "OFFICE"), count(report, "INSPECTOR"),
                    count(report, "LEADER")));
            if (!report.brokenAccounts().isEmpty()) {
                line(false, messages.get("server.cli.check.brokenAccounts", String.join(", ",
                        report.brokenAccounts())));
            }
            out.println(messages.get(report.ok() ? "server.cli.check.allOk" : "server.cli.check.problems"));
        }

        private static int count(ServerCheck report, String kind) {
            return report.accounts().getOrDefault(kind, 0);
        }

        private void line(boolean ok, String text) {
            out.println((ok ? "  [OK] " : "  [!!] ") + text);
        }
    }
}
