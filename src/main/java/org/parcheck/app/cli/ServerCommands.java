package org.parcheck.app.cli;

import java.util.concurrent.Callable;
import org.parcheck.persistence.server.ServerAdmin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parcheck server upgrade|add-account|add-member|check}: the province server's set-up for its IT staff (#17,
 * docs/server/setup.md). They work on the server only (no data folder, no lock). The server comes from {@code --url}
 * (or {@code PARCHECK_SERVER_URL}) and {@code --user} (or {@code PARCHECK_SERVER_USER}); the password from
 * {@code PARCHECK_SERVER_PASSWORD} or the terminal, never an option. {@link ServerCommandRunner} does the work.
 */
final class ServerCommands {

    private ServerCommands() {
    }

    /** The model of {@code server} and its sub-commands ({@link CommandModel}). */
    static CommandSpec model() {
        return CommandModel.of(null).build()
                .addSubcommand("upgrade", new Upgrade().model())
                .addSubcommand("add-account", new AddAccount().model())
                .addSubcommand("add-member", new AddMember().model())
                .addSubcommand("check", new Check().model());
    }

    /** Where the server is and who logs in: shared by every {@code server} command. */
    static final class Connection {
        String url;
        String user;

        /** Adds {@code --url} and {@code --user} to {@code command}, listed after its own options and the help. */
        CommandModel addTo(CommandModel command) {
            return command
                    .ordered("--url", "${bundle:label.jdbcUrl}", "option.serverUrl", String.class, 1, v -> url = v)
                    .ordered("--user", "${bundle:label.role}", "option.serverUser", String.class, 2, v -> user = v);
        }
    }

    /** {@code parcheck server upgrade}. */
    static final class Upgrade implements Callable<Integer> {
        private CommandSpec spec;
        private final Connection connection = new Connection();

        CommandSpec model() {
            spec = connection.addTo(CommandModel.of(this).unsorted()).build();
            return spec;
        }

        @Override
        public Integer call() {
            return runner(spec).upgrade(connection);
        }
    }

    /** {@code parcheck server add-account <role> --kind … --name …}. */
    static final class AddAccount implements Callable<Integer> {
        private CommandSpec spec;
        private String role;
        private ServerAdmin.AccountKind kind;
        private String name;
        private String jobTitle;
        private String agency;
        private final Connection connection = new Connection();

        CommandSpec model() {
            CommandModel model = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.role}", "param.role", String.class, v -> role = v)
                    .required("--kind", "office|inspector|leader", "option.kind", ServerAdmin.AccountKind.class,
                            v -> kind = v)
                    .required("--name", "${bundle:label.name}", "option.name", String.class, v -> name = v)
                    .option("--job-title", "${bundle:label.text}", "option.jobTitle", String.class, v -> jobTitle = v)
                    .option("--agency", "${bundle:label.text}", "option.agency", String.class, v -> agency = v);
            spec = connection.addTo(model).build();
            return spec;
        }

        @Override
        public Integer call() {
            return runner(spec).addAccount(connection, role, kind, name, jobTitle, agency);
        }
    }

    /** {@code parcheck server add-member <plan> <role>}. */
    static final class AddMember implements Callable<Integer> {
        private CommandSpec spec;
        private String plan;
        private String role;
        private final Connection connection = new Connection();

        CommandSpec model() {
            CommandModel model = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.plan}", "param.plan", String.class, v -> plan = v)
                    .parameter("${bundle:label.role}", "param.memberRole", String.class, v -> role = v);
            spec = connection.addTo(model).build();
            return spec;
        }

        @Override
        public Integer call() {
            return runner(spec).addMember(connection, plan, role);
        }
    }

    /** {@code parcheck server check}. */
    static final class Check implements Callable<Integer> {
        private CommandSpec spec;
        private final Connection connection = new Connection();

        CommandSpec model() {
            spec = connection.addTo(CommandModel.of(this).unsorted()).build();
            return spec;
        }

        @Override
        public Integer call() {
            return runner(spec).check(connection);
        }
    }

    private static ServerCommandRunner runner(CommandSpec spec) {
        return new ServerCommandRunner(ParCheckCommand.of(spec).context());
    }
}
