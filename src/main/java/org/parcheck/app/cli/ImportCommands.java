package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parcheck.exchange.ImportPlan;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parcheck import package|framework|units}: the options; the work is in the commands they name. */
final class ImportCommands {

    private ImportCommands() {
    }

    /** The model of {@code import} and its sub-commands ({@link CommandModel}). */
    static CommandSpec model() {
        return CommandModel.of(null).build()
                .addSubcommand("package", new Package().model())
                .addSubcommand("framework", new Framework().model())
                .addSubcommand("units", new Units().model());
    }

    /** How the conflicts of a package are settled. */
    enum Conflicts {
        MINE(ImportPlan.Choice.MINE), THEIRS(ImportPlan.Choice.THEIRS);

        private final ImportPlan.Choice choice;

        Conflicts(ImportPlan.Choice choice) {
            this.choice = choice;
        }

        ImportPlan.Choice choice() {
            return choice;
        }
    }

    /** {@code import package <f.parcheck> [--conflicts mine|theirs]} ({@link PackageCommand}). */
    static final class Package implements Callable<Integer> {
        private CommandSpec spec;
        private Path file;
        private Conflicts conflicts;

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.package}", "param.package", Path.class, v -> file = v)
                    .option("--conflicts", "mine|theirs", "option.conflicts", Conflicts.class, v -> conflicts = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new PackageCommand(root.context()).importPackage(file.toAbsolutePath().normalize(),
                    conflicts == null ? null : conflicts.choice, root.dataDir());
        }
    }

    /** {@code import framework <file.xlsx>} ({@link SetupCommand}). */
    static final class Framework implements Callable<Integer> {
        private CommandSpec spec;
        private Path file;

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.workbook}", "param.framework", Path.class, v -> file = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new SetupCommand(root.context()).importFramework(file.toAbsolutePath().normalize(),
                    root.dataDir());
        }
    }

    /** {@code import units <file.xlsx|file.csv> [--dry-run]} ({@link SetupCommand}). */
    static final class Units implements Callable<Integer> {
        private CommandSpec spec;
        private Path file;
        private boolean dryRun;

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.unitList}", "param.units", Path.class, v -> file = v)
                    .flag("--dry-run", "option.dryRun", v -> dryRun = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new SetupCommand(root.context()).importUnits(file.toAbsolutePath().normalize(), dryRun,
                    root.dataDir());
        }
    }
}
