package org.parcheck.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.report.ReportFileNames;
import org.parcheck.report.UnknownPlanException;
import org.parcheck.report.UnknownVisitException;
import org.parcheck.report.VisitReportOptions;

/**
 * Writes a visit report ({@code parcheck report visit}), a plan summary report ({@code report plan}, PDF or DOCX) or
 * a plan's results workbook ({@code export results}) headless (no JavaFX toolkit), through the same builders and
 * writers as the UI. The command line is parsed by picocli ({@link ReportCommands}, {@link ExportCommands}); this
 * class checks the output, opens the data ({@link DataSession}) and writes. The format is {@code --format}, else
 * the extension of {@code --out}, else PDF; {@code --format} without {@code --out} writes a file with a default name
 * into the current folder. The file is written to {@code <file>.part} and moved into place.
 *
 * <p>Lives in {@code app} (not {@code report}) because it opens the database through {@link AppServices}; a
 * {@code report → app} dependency would close a package cycle ({@code app} already shows {@code report.ui}).
 */
public final class ReportCommand {

    /** Exit codes; 64 is EX_USAGE of sysexits.h. */
    public static final int OK = 0;
    public static final int FAILED = ParCheckCli.FAILED;
    public static final int UNKNOWN_VISIT = 2;
    public static final int NOT_WRITABLE = 3;
    public static final int DATA_FOLDER_IN_USE = DataSession.DATA_FOLDER_IN_USE;
    public static final int USAGE = ParCheckCli.USAGE;

    private static final Logger LOG = Logger.getLogger(ReportCommand.class.getName());

    private final CliContext context;
    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(CliContext context) {
        this.context = context;
        this.out = context.out();
        this.err = context.err();
    }

    /** What is written. */
    enum Kind { VISIT_REPORT, PLAN_REPORT, RESULTS_WORKBOOK }

    /** File formats, by their extension. */
    enum Format {
        PDF, DOCX, XLSX;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format named ("docx", "DOCX"), or null. */
        static Format named(String name) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }

        /** The format of a file name's extension, or null when it has none or another one. */
        static Format ofFile(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? null : named(name.substring(dot + 1));
        }
    }

    /**
     * What to write; {@code id} is the plan id for a plan report or workbook; {@code named}: the output is the
     * default name in the current folder, named after the data once it is open.
     */
    record Request(Kind kind, long id, Path output, VisitReportOptions options, Format format, boolean named) {
    }

    /** Thrown for a bad command line; the message is already localised. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * The request for {@code kind}: the format from {@code --format} or the name of {@code --out}, the output from
     * {@code --out} or a default name in the working folder.
     */
    Request request(Kind kind, long id, Path output, String format, VisitReportOptions options)
            throws UsageException {
        Path target = output == null ? null : output.toAbsolutePath().normalize();
        Format chosen = format(kind, format, target, context.messages());
        boolean named = target == null;
        if (named) {
            target = context.workingDir().resolve(defaultName(kind, id, chosen));
        }
        return new Request(kind, id, target, options, chosen, named);
    }

    /** Writes what {@code request} asks for from the data in {@code dataDir}; returns the exit code. */
    int run(Request request, Path dataDir) {
        Messages messages = context.messages();
        if (!DataSession.writable(request.output())) {
            err.println(messages.get("report.cli.notWritable", request.output()));
            return NOT_WRITABLE;
        }
        return DataSession.openForReading(dataDir, true, context,
                (services, log) -> write(services, request, messages));
    }

    private int write(AppServices services, Request request, Messages messages) {
        Path target = request.named() ? request.output().resolveSibling(dataName(services, request)
                .orElse(request.output().getFileName().toString())) : request.output();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                boolean docx = request.format() == Format.DOCX;
                switch (request.kind()) {
                    case PLAN_REPORT:
                        if (docx) {
                            services.planSummaries().writeDocx(request.id(), stream);
                        } else {
                            services.planSummaries().writePdf(request.id(), stream);
                        }
                        break;
                    case RESULTS_WORKBOOK:
                        services.planSummaries().writeXlsx(request.id(), stream);
                        break;
                    default:
                        if (docx) {
                            services.visitReports().writeDocx(request.id(), request.options(), stream);
                        } else {
                            services.visitReports().writePdf(request.id(), request.options(), stream);
                        }
                        break;
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            out.println(request.kind() == Kind.VISIT_REPORT ? messages.get("report.cli.written", target)
                    : request.kind() == Kind.PLAN_REPORT ? messages.get("report.cli.writtenPlan", target)
                    : messages.get("report.cli.writtenResults", target));
            return OK;
        } catch (UnknownPlanException e) {
            err.println(messages.get("report.cli.unknownPlan", Long.toString(request.id())));
            return UNKNOWN_VISIT;
        } catch (UnknownVisitException e) {
            err.println(messages.get("report.cli.unknownVisit", Long.toString(request.id())));
            return UNKNOWN_VISIT;
        } catch (AccessDeniedException e) {
            err.println(messages.get("report.cli.notWritable", target));
            return NOT_WRITABLE;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Writing " + target + " failed", e);
            err.println(DiskSpace.isFull(e) ? diskFull(messages, target, partial)
                    : messages.get("report.cli.notWritable", target));
            return NOT_WRITABLE;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, request.kind() + " " + request.id() + " failed", e);
            if (DiskSpace.isFull(e)) {
                err.println(diskFull(messages, target, partial));
                return NOT_WRITABLE;
            }
            err.println(request.kind() == Kind.VISIT_REPORT ? messages.get("report.cli.failed", e.getMessage())
                    : messages.get("report.cli.failedPlan", e.getMessage()));
            return FAILED;
        } finally {
            deleteQuietly(partial);
        }
    }

    /** "The disk is full" with what the report had written when the disk filled up (it needs more than that). */
    static String diskFull(Messages messages, Path target, Path partial) {
        long written;
        try {
            written = Files.exists(partial) ? Files.size(partial) : 0;
        } catch (IOException e) {
            written = 0;
        }
        return messages.get("report.cli.diskFull", target, DiskSpace.format(written),
                DiskSpace.format(DiskSpace.usable(target.toAbsolutePath().getParent())));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }

    /**
     * The format: {@code --format}, else the extension of {@code --out}, else the kind's first format. An unknown
     * format, one the kind cannot be written in, or a {@code --format} that the file name contradicts is a usage
     * error; so is neither {@code --out} nor {@code --format}.
     */
    static Format format(Kind kind, String requested, Path output, Messages messages) throws UsageException {
        List<Format> allowed = kind == Kind.RESULTS_WORKBOOK ? List.of(Format.XLSX) : List.of(Format.PDF, Format.DOCX);
        String names = allowed.stream().map(Format::extension).collect(Collectors.joining(", "));
        if (requested == null && output == null) {
            throw new UsageException(messages.get("report.cli.badArgument", "--out"));
        }
        Format byName = output == null ? null : Format.ofFile(output);
        Format format = requested == null ? null : Format.named(requested);
        if (requested != null && (format == null || !allowed.contains(format))) {
            throw new UsageException(messages.get("report.cli.badFormat", requested, names));
        }
        if (format == null) {
            if (byName != null && !allowed.contains(byName)) {
                throw new UsageException(messages.get("report.cli.badFormat", byName.extension(), names));
            }
            return byName == null ? allowed.get(0) : byName;
        }
        if (byName != null && byName != format) {
            throw new UsageException(messages.get("report.cli.formatMismatch", requested, output.getFileName()));
        }
        return format;
    }

    /**
     * The default name after the data (#16 §6, {@link ReportFileNames}): "BB_3199-KH-UBND_Huyen-Ha-Lang_2021.pdf",
     * "BC_3199-KH-UBND_2021.pdf", "KQ_3199-KH-UBND_2021.xlsx"; empty when the visit or plan is not there (the
     * command then reports it).
     */
    static Optional<String> dataName(AppServices services, Request request) {
        String extension = request.format().extension();
        if (request.kind() == Kind.VISIT_REPORT) {
            return services.visitReportFileName(request.id(), extension);
        }
        return services.plans().find(request.id()).map(plan -> request.kind() == Kind.PLAN_REPORT
                ? ReportFileNames.planSummary(plan.numberSymbol(), plan.year(), extension)
                : ReportFileNames.resultsWorkbook(plan.numberSymbol(), plan.year()));
    }

    /** Before the data is open, and when it names nothing: "bien-ban-3.docx", "bao-cao-ke-hoach-1.pdf". */
    static String defaultName(Kind kind, long id, Format format) {
        String stem = kind == Kind.VISIT_REPORT ? "bien-ban-" : kind == Kind.PLAN_REPORT ? "bao-cao-ke-hoach-"
                : "ket-qua-ke-hoach-";
        return stem + id + "." + format.extension();
    }
}
