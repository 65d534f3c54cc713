package org.parcheck.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parcheck.app.cli.ReportCommand.Kind;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parcheck report visit|plan}: the options; {@link ReportCommand} writes the file. */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportCommands.Visit.class,
    ReportCommands.Plan.class})
final class ReportCommands {

    private ReportCommands() {
    }

    /**
     * {@code report visit <id> [--out F] [--format pdf|docx] [--layout short|full] [--copies N]}; the older
     * {@code --detail summary|items} still means short|full. Without either, the short layout (#16 §6).
     */
    @Command(name = "visit", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Visit implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.visitId}", descriptionKey = "param.visitId")
        long visitId;
        @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "option.out.report")
        Path output;
        @Option(names = "--format", paramLabel = "pdf|docx", descriptionKey = "option.format.report")
        String format;
        @Option(names = "--layout", paramLabel = "short|full", descriptionKey = "option.layout")
        String layout;
        @Option(names = "--detail", paramLabel = "summary|items", descriptionKey = "option.detail")
        String detail;
        @Option(names = "--copies", paramLabel = "N", descriptionKey = "option.copies")
        int copies = VisitReportOptions.defaults().copies();

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
    @Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Plan implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "${bundle:label.planId}", descriptionKey = "param.planId")
        long planId;
        @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "option.out.report")
        Path output;
        @Option(names = "--format", paramLabel = "pdf|docx", descriptionKey = "option.format.report")
        String format;

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
