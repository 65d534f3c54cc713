package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parcheck.app.cli.ReportCommand.Kind;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code parcheck report visit|plan}: the options; {@link ReportCommand} writes the file. */
final class ReportCommands {

    private ReportCommands() {
    }

    /** The model of {@code report} and its sub-commands ({@link CommandModel}). */
    static CommandSpec model() {
        return CommandModel.of(null).build()
                .addSubcommand("visit", new Visit().model())
                .addSubcommand("plan", new Plan().model());
    }

    /**
     * {@code report visit <id> [--out F] [--format pdf|docx] [--layout short|full] [--copies N]}; the older
     * {@code --detail summary|items} still means short|full. Without either, the short layout (#16 §6).
     */
    static final class Visit implements Callable<Integer> {
        private CommandSpec spec;
        private long visitId;
        private Path output;
        private String format;
        private String layout;
        private String detail;
        private int copies = VisitReportOptions.defaults().copies();

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.visitId}", "param.visitId", long.class, v -> visitId = v)
                    .option("--out", "${bundle:label.file}", "option.out.report", Path.class, v -> output = v)
                    .option("--format", "pdf|docx", "option.format.report", String.class, v -> format = v)
                    .option("--layout", "short|full", "option.layout", String.class, v -> layout = v)
                    .option("--detail", "summary|items", "option.detail", String.class, v -> detail = v)
                    .option("--copies", "N", "option.copies", int.class, v -> copies = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            ParCheckCommand root = ParCheckCommand.of(spec);
            ReportCommand command = new ReportCommand(root.context());
            if (copies < 1 || copies > VisitReportOptions.MAX_COPIES) {
                throw new ParameterException(spec.commandLine(),
                        root.context().messages().get("report.cli.badArgument", "--copies " + copies));
            }
            VisitReportOptions options = new VisitReportOptions(detail(), copies, false);
            try {
                return command.run(command.request(Kind.VISIT_REPORT, visitId, output, format, options),
                        root.dataDir());
            } catch (ReportCommand.UsageException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        private Detail detail() {
            if (layout != null) {
                try {
                    return VisitReportOptions.layout(layout);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), ParCheckCommand.of(spec).context().messages()
                            .get("report.cli.badArgument", "--layout " + layout));
                }
            }
            if (detail == null) {
                return VisitReportOptions.defaults().detail();
            }
            switch (detail.toLowerCase(Locale.ROOT)) {
                case "summary":
                    return Detail.SUMMARY;
                case "items":
                case "all":
                    return Detail.ITEMS;
                default:
                    throw new ParameterException(spec.commandLine(), ParCheckCommand.of(spec).context().messages()
                            .get("report.cli.badArgument", "--detail " + detail));
            }
        }
    }

    /** {@code report plan <id> [--out F] [--format pdf|docx]}. */
    static final class Plan implements Callable<Integer> {
        private CommandSpec spec;
        private long planId;
        private Path output;
        private String format;

        CommandSpec model() {
            spec = CommandModel.of(this).unsorted()
                    .parameter("${bundle:label.planId}", "param.planId", long.class, v -> planId = v)
                    .option("--out", "${bundle:label.file}", "option.out.report", Path.class, v -> output = v)
                    .option("--format", "pdf|docx", "option.format.report", String.class, v -> format = v)
                    .build();
            return spec;
        }

        @Override
        public Integer call() {
            return write(spec, Kind.PLAN_REPORT, planId, output, format);
        }
    }

    /** Writes a plan report or the results workbook ({@code export results}). */
    static int write(CommandSpec spec, Kind kind, long planId, Path output, String format) {
        ParCheckCommand root = ParCheckCommand.of(spec);
        ReportCommand command = new ReportCommand(root.context());
        try {
            return command.run(command.request(kind, planId, output, format, VisitReportOptions.defaults()),
                    root.dataDir());
        } catch (ReportCommand.UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
