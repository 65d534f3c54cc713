package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parcheck.app.cli.ReportCommand.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parcheck export results|package|log}: the options; the work is in the commands they name. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportCommands.Results.class,
    ExportCommands.Package.class, ExportCommands.Log.class})
final class ExportCommands {

    private ExportCommands() {
    }

    /** {@code export results <planId> --out f.xlsx}: the plan's results workbook ({@link ReportCommand}). */
    @Command(name = "results", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Results implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.planId}", descriptionKey = "param.planId")
        long planId;
        @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "option.out.results")
        Path output;
        @Option(names = "--format", paramLabel = "xlsx", descriptionKey = "option.format.results")
        String format;

        @Override
        public Integer call() {
            return ReportCommands.write(spec, Kind.RESULTS_WORKBOOK, planId, output, format);
        }
    }

    /**
     * {@code export package --plan <id> [--visit <id>]... --out f.parcheck [--protect|--no-protect]}
     * ({@link PackageCommand}).
     */
    @Command(name = "package", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Package implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--plan", required = true, paramLabel = "${bundle:label.planId}",
                descriptionKey = "option.plan")
        long planId;
        @Option(names = "--visit", paramLabel = "${bundle:label.visitId}", descriptionKey = "option.visit")
        List<Long> visits = new ArrayList<>();
        @Option(names = "--out", required = true, paramLabel = "${bundle:label.file}",
                descriptionKey = "option.out.package")
        Path output;
        @Option(names = "--protect", descriptionKey = "option.protect")
        boolean protect;
        @Option(names = "--no-protect", descriptionKey = "option.noProtect")
        boolean noProtect;

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            if (protect && noProtect) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), root.context().messages()
                        .get("app.cli.password.protectBoth"));
            }
            PackageCommand.Protection protection = protect ? PackageCommand.Protection.PROTECT
                    : noProtect ? PackageCommand.Protection.NO_PROTECT : PackageCommand.Protection.AS_FOLDER;
            return new PackageCommand(root.context()).export(planId, visits, output.toAbsolutePath().normalize(),
                    root.dataDir(), protection);
        }
    }

    /** {@code export log <visitId> --out f.csv|f.xlsx} ({@link AuditCommand}). */
    @Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Log implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.visitId}", descriptionKey = "param.visitId")
        long visitId;
        @Option(names = "--out", required = true, paramLabel = "${bundle:label.file}",
                descriptionKey = "option.out.log")
        Path output;

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new AuditCommand(root.context()).exportLog(visitId, output.toAbsolutePath().normalize(),
                    root.dataDir());
        }
    }
}
