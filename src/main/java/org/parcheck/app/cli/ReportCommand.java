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
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parcheck.app.AppLogging;
import org.parcheck.app.AppServices;
import org.parcheck.app.DataFolder;
import org.parcheck.app.InstanceLock;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.report.UnknownPlanException;
import org.parcheck.report.UnknownVisitException;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportOptions;

/**
 * {@code parcheck report visit <id> --out file.pdf [--format pdf|docx] [--layout short|full] [--copies N]
 * [--data-dir DIR]} (the older {@code --detail summary|items} still means short|full),
 * {@code parcheck report plan <planId> --out file.pdf [--format pdf|docx]} and
 * {@code parcheck export results <planId> --out file.xlsx}: writes a visit report, a plan summary report (PDF or DOCX)
 * or a plan's results workbook headless (no JavaFX toolkit), through the same builders and writers as the UI. The
 * format is {@code --format}, else the extension of {@code --out}, else PDF; {@code --format} without {@code --out}
 * writes a file with a default name into the current folder. It takes the data folder's single-instance lock like
 * the UI, so it refuses to run while ParCheck is open on that folder.
 *
 * <p>Lives in {@code app} (not {@code report}) because it opens the database through {@link AppServices}; a
 * {@code report → app} dependency would close a package cycle ({@code app} already shows {@code report.ui}).
 */
public final class ReportCommand {

    /** Exit codes; 64 is EX_USAGE of sysexits.h. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int UNKNOWN_VISIT = 2;
    public static final int NOT_WRITABLE = 3;
    public static final int DATA_FOLDER_IN_USE = 4;
    public static final int USAGE = 64;

    private static final Logger LOG = Logger.getLogger(ReportCommand.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path workingDir;

    public ReportCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, Path.of("").toAbsolutePath());
    }

    /** {@code workingDir} is where {@code --format} without {@code --out} writes its file. */
    public ReportCommand(PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.workingDir = workingDir;
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

    /** Parsed arguments; {@code visitId} is the plan id for a plan report or workbook. */
    record Request(Kind kind, long visitId, Path output, VisitReportOptions options, Path dataDir, Format format) {
    }

    /** Thrown for a bad command line; the message is already localised. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Runs {@code args} (the words after {@code report}) and returns the exit code. */
    public int run(String[] args) {
        return run(args, false);
    }

    /** Runs {@code args} (the words after {@code export}: {@code results <planId> --out f.xlsx}). */
    public int runExport(String[] args) {
        return run(args, true);
    }

    private int run(String[] args, boolean export) {
        Path dataDir = DataFolder.resolve(args, env, System.getProperty("os.name"), System.getProperty("user.home"));
        Messages messages = new Messages(Files.isDirectory(dataDir) ? UiSettings.load(dataDir).language()
                : Messages.VIETNAMESE);
        Request request;
        try {
            request = export ? parseExport(args, dataDir, workingDir, messages)
                    : parse(args, dataDir, workingDir, messages);
        } catch (UsageException e) {
            err.println(e.getMessage());
            if (!export) {
                err.println(messages.get("report.cli.usage"));
                err.println(messages.get("report.cli.usagePlan"));
            }
            err.println(messages.get("report.cli.usageExport"));
            return USAGE;
        }
        Path target = request.output();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(target)) {
            err.println(messages.get("report.cli.notWritable", target));
            return NOT_WRITABLE;
        }
        try {
            Files.createDirectories(request.dataDir());
        } catch (IOException e) {
            err.println(messages.get("report.cli.openFailed", request.dataDir()));
            return DATA_FOLDER_IN_USE;
        }
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(request.dataDir());
        } catch (IOException e) {
            err.println(messages.get("report.cli.openFailed", request.dataDir()));
            return DATA_FOLDER_IN_USE;
        }
        if (lock.isEmpty()) {
            err.println(messages.get("report.cli.dataFolderInUse", request.dataDir()));
            return DATA_FOLDER_IN_USE;
        }
        try (InstanceLock held = lock.get(); AppLogging.CommandLog log = AppLogging.command(request.dataDir())) {
            return write(request, messages);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Releasing the lock failed", e);
            return FAILED;
        }
    }

    private int write(Request request, Messages messages) {
        AppServices services;
        try {
            services = AppServices.open(request.dataDir());
        } catch (DatabaseException e) {
            LOG.log(Level.SEVERE, "Opening " + request.dataDir() + " failed", e);
            if (DamagedData.refused(e, request.dataDir(), messages, err)) {
                return DamagedData.EXIT_CODE;
            }
            err.println(messages.get(e.kind() == DatabaseException.Kind.ALREADY_OPEN ? "report.cli.dataFolderInUse"
                    : "report.cli.openFailed", request.dataDir()));
            return DATA_FOLDER_IN_USE;
        }
        Path target = request.output();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (services) {
            if (DamagedData.refuse(services, request.dataDir(), messages, err)) {
                return DamagedData.EXIT_CODE;
            }
            try (OutputStream stream = Files.newOutputStream(partial)) {
                boolean docx = request.format() == Format.DOCX;
                switch (request.kind()) {
                    case PLAN_REPORT:
                        if (docx) {
                            services.planSummaries().writeDocx(request.visitId(), stream);
                        } else {
                            services.planSummaries().writePdf(request.visitId(), stream);
                        }
                        break;
                    case RESULTS_WORKBOOK:
                        services.planSummaries().writeXlsx(request.visitId(), stream);
                        break;
                    default:
                        if (docx) {
                            services.visitReports().writeDocx(request.visitId(), request.options(), stream);
                        } else {
                            services.visitReports().writePdf(request.visitId(), request.options(), stream);
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
            err.println(messages.get("report.cli.unknownPlan", Long.toString(request.visitId())));
            return UNKNOWN_VISIT;
        } catch (UnknownVisitException e) {
            err.println(messages.get("report.cli.unknownVisit", Long.toString(request.visitId())));
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
            LOG.log(Level.SEVERE, request.kind() + " " + request.visitId() + " failed", e);
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

    static Request parse(String[] args, Path dataDir, Path workingDir, Messages messages) throws UsageException {
        if (args.length >= 1 && "plan".equals(args[0])) {
            return planRequest(Kind.PLAN_REPORT, args, dataDir, workingDir, messages);
        }
        if (args.length < 2 || !"visit".equals(args[0])) {
            throw new UsageException(messages.get("report.cli.badArgument", args.length == 0 ? "" : args[0]));
        }
        long visitId;
        try {
            visitId = Long.parseLong(args[1]);
        } catch (NumberFormatException e) {
            throw new UsageException(messages.get("report.cli.badArgument", args[1]));
        }
        Path output = null;
        String format = null;
        Detail detail = VisitReportOptions.defaults().detail();
        int copies = VisitReportOptions.defaults().copies();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--out":
                    output = Path.of(require(value, arg, messages)).toAbsolutePath().normalize();
                    i++;
                    break;
                case "--format":
                    format = require(value, arg, messages);
                    i++;
                    break;
                case "--detail":
                    detail = detail(require(value, arg, messages), messages);
                    i++;
                    break;
                case "--layout": // #16 §6: short (the default, with the annex) or full
                    detail = layout(require(value, arg, messages), messages);
                    i++;
                    break;
                case "--copies":
                    copies = copies(require(value, arg, messages), messages);
                    i++;
                    break;
                case DataFolder.ARGUMENT:
                    require(value, arg, messages);
                    i++;
                    break;
                default:
                    if (!arg.startsWith(DataFolder.ARGUMENT + "=")) {
                        throw new UsageException(messages.get("report.cli.badArgument", arg));
                    }
                    break;
            }
        }
        Format chosen = format(Kind.VISIT_REPORT, format, output, messages);
        if (output == null) {
            output = workingDir.resolve(defaultName(Kind.VISIT_REPORT, visitId, chosen));
        }
        return new Request(Kind.VISIT_REPORT, visitId, output, new VisitReportOptions(detail, copies, false),
                dataDir, chosen);
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

    /** "bien-ban-3.docx", "bao-cao-ke-hoach-1.pdf", "ket-qua-ke-hoach-1.xlsx". */
    static String defaultName(Kind kind, long id, Format format) {
        String stem = kind == Kind.VISIT_REPORT ? "bien-ban-" : kind == Kind.PLAN_REPORT ? "bao-cao-ke-hoach-"
                : "ket-qua-ke-hoach-";
        return stem + id + "." + format.extension();
    }

    /** {@code results <planId> --out f.xlsx} (the words after {@code export}). */
    static Request parseExport(String[] args, Path dataDir, Path workingDir, Messages messages)
            throws UsageException {
        if (args.length < 1 || !"results".equals(args[0])) {
            throw new UsageException(messages.get("report.cli.badArgument", args.length == 0 ? "" : args[0]));
        }
        return planRequest(Kind.RESULTS_WORKBOOK, args, dataDir, workingDir, messages);
    }

    /** {@code <word> <planId> --out FILE [--format F] [--data-dir DIR]}. */
    private static Request planRequest(Kind kind, String[] args, Path dataDir, Path workingDir, Messages messages)
            throws UsageException {
        if (args.length < 2) {
            throw new UsageException(messages.get("report.cli.badArgument", args[0]));
        }
        long planId;
        try {
            planId = Long.parseLong(args[1]);
        } catch (NumberFormatException e) {
            throw new UsageException(messages.get("report.cli.badArgument", args[1]));
        }
        Path output = null;
        String format = null;
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if ("--out".equals(arg)) {
                output = Path.of(require(value, arg, messages)).toAbsolutePath().normalize();
                i++;
            } else if ("--format".equals(arg)) {
                format = require(value, arg, messages);
                i++;
            } else if (DataFolder.ARGUMENT.equals(arg)) {
                require(value, arg, messages);
                i++;
            } else if (!arg.startsWith(DataFolder.ARGUMENT + "=")) {
                throw new UsageException(messages.get("report.cli.badArgument", arg));
            }
        }
        Format chosen = format(kind, format, output, messages);
        if (output == null) {
            output = workingDir.resolve(defaultName(kind, planId, chosen));
        }
        return new Request(kind, planId, output, VisitReportOptions.defaults(), dataDir, chosen);
    }

    private static String require(String value, String option, Messages messages) throws UsageException {
        if (value == null || value.startsWith("--")) {
            throw new UsageException(messages.get("report.cli.badArgument", option));
        }
        return value;
    }

    private static Detail layout(String value, Messages messages) throws UsageException {
        try {
            return VisitReportOptions.layout(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(messages.get("report.cli.badArgument", "--layout " + value));
        }
    }

    private static Detail detail(String value, Messages messages) throws UsageException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "summary":
                return Detail.SUMMARY;
            case "items":
            case "all":
                return Detail.ITEMS;
            default:
                throw new UsageException(messages.get("report.cli.badArgument", "--detail " + value));
        }
    }

    private static int copies(String value, Messages messages) throws UsageException {
        try {
            int copies = Integer.parseInt(value);
            if (copies >= 1 && copies <= VisitReportOptions.MAX_COPIES) {
                return copies;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(messages.get("report.cli.badArgument", "--copies " + value));
    }
}
