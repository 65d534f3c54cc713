package org.parcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parcheck verify visit <id>}: the options; {@link AuditCommand} checks the fingerprint. */
@Command(name = "verify", mixinStandardHelpOptions = true, subcommands = VerifyCommands.Visit.class)
final class VerifyCommands {

    private VerifyCommands() {
    }

    /** {@code verify visit <id>}. */
    @Command(name = "visit", mixinStandardHelpOptions = true)
    static final class Visit implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.visitId}", descriptionKey = "param.visitId")
        long visitId;

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new AuditCommand(root.context()).verify(visitId, root.dataDir());
        }
    }
}
