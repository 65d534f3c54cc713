package org.parcheck.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.VisitSession;
import org.parcheck.answering.audit.AttachmentText;
import org.parcheck.answering.audit.ChangeLogExport;
import org.parcheck.answering.audit.ChangeLogLabels;
import org.parcheck.answering.audit.ChangeLogRow;
import org.parcheck.answering.audit.Verification;
import org.parcheck.answering.audit.VerificationText;
import org.parcheck.app.AppLogging;
import org.parcheck.app.AppServices;
import org.parcheck.app.DataFolder;
import org.parcheck.app.InstanceLock;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.scoring.FigureDef;

/**
 * {@code parcheck verify visit <id> [--data-dir DIR]}: recomputes a visit's content fingerprint and says whether it
 * is as finalised (exit 0) or altered since (exit {@link #ALTERED}), and which parts differ; an attached evidence
 * file that is missing or not what its hash says is named (exit {@link #ATTACHMENTS_DAMAGED} when nothing else is).
 * {@code parcheck export log <visitId> --out f.csv|f.xlsx [--data-dir DIR]}: writes the visit's change log, oldest
 * first, as on the visit screen. Headless, with the data folder's lock, like {@link ReportCommand}; the exit codes
 * 0–4 and 64 mean the same as there.
 */
public final class AuditCommand {

    public static final int OK = ReportCommand.OK;
    public static final int FAILED = ReportCommand.FAILED;
    public static final int UNKNOWN_VISIT = ReportCommand.UNKNOWN_VISIT;
    public static final int NOT_WRITABLE = ReportCommand.NOT_WRITABLE;
    public static final int DATA_FOLDER_IN_USE = ReportCommand.DATA_FOLDER_IN_USE;
    /** The visit's content changed since it was finalised. */
    public static final int ALTERED = 5;
    /** The visit is not finalised: nothing to check against. */
    public static final int NOT_FINALISED = 6;
    /** Finalised before ParCheck recorded fingerprints. */
    public static final int NO_FINGERPRINT = 7;
    /** An attached evidence file is missing or not what its stored SHA-256 says (and nothing else changed). */
    public static final int ATTACHMENTS_DAMAGED = 9;
    public static final int USAGE = ReportCommand.USAGE;

    private static final Logger LOG = Logger.getLogger(AuditCommand.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public AuditCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Work on the open data folder; returns the exit code. */
    @FunctionalInterface
    private interface Work {
        int run(AppServices services, Messages messages) throws IOException;
    }

    /** Runs the words after {@code verify}: {@code visit <id>}. */
    public int runVerify(String[] args) {
        Messages messages = messages(args);
        long visitId;
        try {
            if (args.length < 2 || !"visit".equals(args[0])) {
                throw new IllegalArgumentException(args.length == 0 ? "" : args[0]);
            }
            visitId = id(args[1]);
            options(args, 2, false);
        } catch (IllegalArgumentException e) {
            return usage(messages, e.getMessage());
        }
        return withData(args, messages, (services, m) -> verify(services.answerService(), visitId, m));
    }

    private int verify(AnswerService answering, long visitId, Messages messages) {
        Verification v = answering.verify(visitId);
        out.println(VerificationText.describe(v, messages, ZoneId.systemDefault()));
        if (v.stored() != null) {
            out.println(messages.get("app.cli.audit.stored", v.stored()));
        }
        out.println(messages.get("app.cli.audit.current", v.current()));
        List<AttachmentProblem> files = answering.attachmentProblems(visitId);
        for (AttachmentProblem file : files) {
            out.println(messages.get("app.cli.audit.attachment", AttachmentText.describe(file, messages),
                    file.citation().attachmentPath()));
        }
        if (v.result() == Verification.Result.ALTERED) {
            return ALTERED;
        }
        if (!files.isEmpty()) {
            return ATTACHMENTS_DAMAGED;
        }
        switch (v.result()) {
            case INTACT:
                return OK;
            case ALTERED:
                return ALTERED;
            case NOT_FINALISED:
                return NOT_FINALISED;
            default:
                return NO_FINGERPRINT;
        }
    }

    /** Runs the words after {@code export}: {@code log <visitId> --out f.csv|f.xlsx}. */
    public int runExportLog(String[] args) {
        Messages messages = messages(args);
        long visitId;
        Path target;
        try {
            if (args.length < 2 || !"log".equals(args[0])) {
                throw new IllegalArgumentException(args.length == 0 ? "" : args[0]);
            }
            visitId = id(args[1]);
            target = options(args, 2, true);
        } catch (IllegalArgumentException e) {
            return usage(messages, e.getMessage());
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            err.println(messages.get("app.cli.audit.badFormat", target));
            return USAGE;
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(target)) {
            err.println(messages.get("report.cli.notWritable", target));
            return NOT_WRITABLE;
        }
        return withData(args, messages, (services, m) -> {
            List<ChangeLogRow> rows = rows(services.answerService(), visitId, m);
            Path part = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream stream = Files.newOutputStream(part)) {
                if (csv) {
                    ChangeLogExport.writeCsv(rows, m, stream);
                } else {
                    ChangeLogExport.writeXlsx(rows, m, services.inspectors().actor(), stream);
                }
            } catch (IOException e) {
                Files.deleteIfExists(part);
                LOG.log(Level.WARNING, "Writing " + target + " failed", e);
                err.println(m.get("report.cli.notWritable", target));
                return NOT_WRITABLE;
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            out.println(m.get("app.cli.audit.logWritten", rows.size(), target));
            return OK;
        });
    }

    /** The change log in plain words, oldest first. */
    static List<ChangeLogRow> rows(AnswerService answering, long visitId, Messages messages) {
        VisitSession session = answering.open(visitId);
        Map<String, String> titles = new HashMap<>();
        for (CriteriaItem item : session.framework().content().allItems()) {
            titles.put(item.code(), item.title());
        }
        Map<String, String> figures = new HashMap<>();
        for (FigureDef figure : session.framework().content().figures()) {
            figures.put(figure.code(), figure.name());
        }
        ChangeLogLabels labels = new ChangeLogLabels(messages, titles, figures, ZoneId.systemDefault());
        List<ChangeLogRow> rows = new ArrayList<>();
        for (ChangeEntry entry : answering.changeLog(visitId)) {
            rows.add(labels.row(entry));
        }
        return rows;
    }

    private Messages messages(String[] args) {
        Path dataDir = dataDir(args);
        return new Messages(Files.isDirectory(dataDir) ? UiSettings.load(dataDir).language() : Messages.VIETNAMESE);
    }

    private Path dataDir(String[] args) {
        return DataFolder.resolve(args, env, System.getProperty("os.name"), System.getProperty("user.home"));
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Checks the options from {@code from}: {@code --data-dir} always, {@code --out} when wanted (and required). */
    private static Path options(String[] args, int from, boolean wantOut) {
        Path output = null;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            if ((wantOut && "--out".equals(arg)) || DataFolder.ARGUMENT.equals(arg)) {
                if (!hasValue) {
                    throw new IllegalArgumentException(arg);
                }
                if ("--out".equals(arg)) {
                    output = Path.of(args[i + 1]).toAbsolutePath().normalize();
                }
                i++;
            } else if (!arg.startsWith(DataFolder.ARGUMENT + "=")) {
                throw new IllegalArgumentException(arg);
            }
        }
        if (wantOut && output == null) {
            throw new IllegalArgumentException("--out");
        }
        return output;
    }

    private int usage(Messages messages, String argument) {
        err.println(messages.get("report.cli.badArgument", argument));
        err.println(messages.get("app.cli.audit.usageVerify"));
        err.println(messages.get("app.cli.audit.usageLog"));
        return USAGE;
    }

    /** Takes the data folder's lock, opens the data and runs {@code work}, mapping failures to exit codes. */
    private int withData(String[] args, Messages messages, Work work) {
        Path dataDir = dataDir(args);
        if (!Files.isDirectory(dataDir)) {
            err.println(messages.get("report.cli.openFailed", dataDir));
            return DATA_FOLDER_IN_USE;
        }
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(dataDir);
        } catch (IOException e) {
            err.println(messages.get("report.cli.openFailed", dataDir));
            return DATA_FOLDER_IN_USE;
        }
        if (lock.isEmpty()) {
            err.println(messages.get("report.cli.dataFolderInUse", dataDir));
            return DATA_FOLDER_IN_USE;
        }
        try (InstanceLock held = lock.get(); AppLogging.CommandLog log = AppLogging.command(dataDir);
             AppServices services = AppServices.open(dataDir)) {
            if (DamagedData.refuse(services, dataDir, messages, err)) {
                return DamagedData.EXIT_CODE;
            }
            return work.run(services, messages);
        } catch (DatabaseException e) {
            LOG.log(Level.SEVERE, "Opening " + dataDir + " failed", e);
            if (DamagedData.refused(e, dataDir, messages, err)) {
                return DamagedData.EXIT_CODE;
            }
            err.println(messages.get(e.kind() == DatabaseException.Kind.ALREADY_OPEN ? "report.cli.dataFolderInUse"
                    : "report.cli.openFailed", dataDir));
            return DATA_FOLDER_IN_USE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.log(Level.FINE, "No such visit, or no framework", e);
            err.println(messages.get("report.cli.unknownVisit", argsId(args)));
            return UNKNOWN_VISIT;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Audit command failed", e);
            err.println(messages.get("app.cli.audit.failed", String.valueOf(e.getMessage())));
            return FAILED;
        }
    }

    private static String argsId(String[] args) {
        return args.length > 1 ? args[1] : "";
    }
}
