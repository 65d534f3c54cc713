package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parcheck.app.cli.ReportCommand.Kind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code parcheck export results|package|log}: the options; the work is in the commands they name. */
final class ExportCommands {

    private ExportCommands() {
    }

    /** The model of {@code export} and its sub-commands ({@link CommandModel}). */
    static CommandSpec model() {
        return CommandModel.of(null).build()
                .addSubcommand("results", new Results().model())
                .addSubcommand("package", new Package().model())
                .addSubcommand("log", new Log().model());
    }

    /** {@code export results <planId> --out f.xlsx}: the plan's results workbook ({@link ReportCommand}). */
    static final class Results implements Callable<Integer> {
        private CommandSpec spec;
        private long planId;
        private Path output;
        private String format;

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.planId}", "param.planId", long.class, v -> planId = v)
                    .option("--out", "${bundle:label.file}", "option.out.results", Path.class, v -> output = v)
                    .option("--format", "xlsx", "option.format.results", String.class, v -> format = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            return ReportCommands.write(spec, Kind.RESULTS_WORKBOOK, planId, output, format);
        }
    }

    /**
     * {@code export package --plan <id> [--visit <id>]... --out f.parcheck [--protect|--no-protect]}
     * ({@link PackageCommand}).
     */
    static final class Package implements Callable<Integer> {
        private CommandSpec spec;
        private long planId;
        private List<Long> visits = new ArrayList<>();
        private Path output;
        private boolean protect;
        private boolean noProtect;

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .required("--plan", "${bundle:label.planId}", "option.plan", long.class, v -> planId = v)
                    .repeatable("--visit", "${bundle:label.visitId}", "option.visit", Long.class, v -> visits = v)
                    .required("--out", "${bundle:label.file}", "option.out.package", Path.class, v -> output = v)
                    .flag("--protect", "option.protect", v -> protect = v)
                    .flag("--no-protect", "option.noProtect", v -> noProtect = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            if (protect && noProtect) {
                throw new ParameterException(spec.commandLine(), root.context().messages()
                        .get("app.cli.password.protectBoth"));
            }
            PackageCommand.Protection protection = protect ? PackageCommand.Protection.PROTECT
                    : noProtect ? PackageCommand.Protection.NO_PROTECT : PackageCommand.Protection.AS_FOLDER;
            return new PackageCommand(root.context()).export(planId, visits, output.toAbsolutePath().normalize(),
                    root.dataDir(), protection);
        }
    }

    /** {@code export log <visitId> --out f.csv|f.xlsx} ({@link AuditCommand}). */
    static final class Log implements Callable<Integer> {
        private CommandSpec spec;
        private long visitId;
        private Path output;

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.visitId}", "param.visitId", long.class, v -> visitId = v)
                    .required("--out", "${bundle:label.file}", "option.out.log", Path.class, v -> output = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            return new AuditCommand(root.context()).exportLog(visitId, output.toAbsolutePath().normalize(),
                    root.dataDir());
        }
    }
}
