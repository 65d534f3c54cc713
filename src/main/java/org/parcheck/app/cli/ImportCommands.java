package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parcheck.exchange.ImportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parcheck import package|framework|units}: the options; the work is in the commands they name. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportCommands.Package.class,
    ImportCommands.Framework.class, ImportCommands.Units.class})
final class ImportCommands {

    private ImportCommands() {
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
    @Command(name = "package", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Package implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.package}", descriptionKey = "param.package")
        Path file;
        @Option(names = "--conflicts", paramLabel = "mine|theirs", descriptionKey = "option.conflicts")
        Conflicts conflicts;

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new PackageCommand(root.context()).importPackage(file.toAbsolutePath().normalize(),
                    conflicts == null ? null : conflicts.choice, root.dataDir());
        }
    }

    /** {@code import framework <file.xlsx>} ({@link SetupCommand}). */
    @Command(name = "framework", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Framework implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.workbook}", descriptionKey = "param.framework")
        Path file;

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new SetupCommand(root.context()).importFramework(file.toAbsolutePath().normalize(),
                    root.dataDir());
        }
    }

    /** {@code import units <file.xlsx|file.csv> [--dry-run]} ({@link SetupCommand}). */
    @Command(name = "units", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Units implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.unitList}", descriptionKey = "param.units")
        Path file;
        @Option(names = "--dry-run", descriptionKey = "option.dryRun")
        boolean dryRun;

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new SetupCommand(root.context()).importUnits(file.toAbsolutePath().normalize(), dryRun,
                    root.dataDir());
        }
    }
}
