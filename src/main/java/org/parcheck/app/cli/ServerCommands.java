package org.parcheck.app.cli;

import java.util.concurrent.Callable;
import org.parcheck.persistence.server.ServerAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parcheck server upgrade|add-account|add-member|check}: the province server's set-up for its IT staff (#17,
 * docs/server/setup.md). They work on the server only (no data folder, no lock). The server comes from {@code --url}
 * (or {@code PARCHECK_SERVER_URL}) and {@code --user} (or {@code PARCHECK_SERVER_USER}); the password from
 * {@code PARCHECK_SERVER_PASSWORD} or the terminal, never an option. {@link ServerCommandRunner} does the work.
 */
@Command(name = "server", mixinStandardHelpOptions = true, subcommands = {ServerCommands.Upgrade.class,
    ServerCommands.AddAccount.class, ServerCommands.AddMember.class, ServerCommands.Check.class})
final class ServerCommands {

    private ServerCommands() {
    }

    /** Where the server is and who logs in: shared by every {@code server} command. */
    static final class Connection {
        @Option(names = "--url", paramLabel = "${bundle:label.jdbcUrl}", descriptionKey = "option.serverUrl",
                order = 1)
        String url;
        @Option(names = "--user", paramLabel = "${bundle:label.role}", descriptionKey = "option.serverUser",
                order = 2)
        String user;
    }

    /** {@code parcheck server upgrade}. */
    @Command(name = "upgrade", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Upgrade implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            return runner(spec).upgrade(connection);
        }
    }

    /** {@code parcheck server add-account <role> --kind … --name …}. */
    @Command(name = "add-account", mixinStandardHelpOptions = true, sortOptions = false)
    static final class AddAccount implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.role}", descriptionKey = "param.role")
        String role;
        @Option(names = "--kind", required = true, paramLabel = "office|inspector|leader",
                descriptionKey = "option.kind")
        ServerAdmin.AccountKind kind;
        @Option(names = "--name", required = true, paramLabel = "${bundle:label.name}", descriptionKey = "option.name")
        String name;
        @Option(names = "--job-title", paramLabel = "${bundle:label.text}", descriptionKey = "option.jobTitle")
        String jobTitle;
        @Option(names = "--agency", paramLabel = "${bundle:label.text}", descriptionKey = "option.agency")
        String agency;
        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            return runner(spec).addAccount(connection, role, kind, name, jobTitle, agency);
        }
    }

    /** {@code parcheck server add-member <plan> <role>}. */
    @Command(name = "add-member", mixinStandardHelpOptions = true, sortOptions = false)
    static final class AddMember implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.plan}", descriptionKey = "param.plan")
        String plan;
        @Parameters(index = "1", paramLabel = "${bundle:label.role}", descriptionKey = "param.memberRole")
        String role;
        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            return runner(spec).addMember(connection, plan, role);
        }
    }

    /** {@code parcheck server check}. */
    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            return runner(spec).check(connection);
        }
    }

    private static ServerCommandRunner runner(CommandSpec spec) {
        return new ServerCommandRunner(ParCheckCommand.of(spec).context());
    }
}
