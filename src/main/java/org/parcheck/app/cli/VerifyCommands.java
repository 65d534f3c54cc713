package org.parcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parcheck verify visit <id>}: the options; {@link AuditCommand} checks the fingerprint. */
final class VerifyCommands {

    private VerifyCommands() {
    }

    /** The model of {@code verify} and its sub-command ({@link CommandModel}). */
    static CommandSpec model() {
        return CommandModel.of(null).build()
                .addSubcommand("visit", new Visit().model());
    }

    /** {@code verify visit <id>}. */
    static final class Visit implements Callable<Integer> {
        private CommandSpec spec;
        private long visitId;

        CommandSpec model() {
            spec = CommandModel.of(this)
                    .parameter("${bundle:label.visitId}", "param.visitId", long.class, v -> visitId = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new AuditCommand(root.context()).verify(visitId, root.dataDir());
        }
    }
}
