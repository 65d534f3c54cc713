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
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.FigureDef;

/**
 * {@code parcheck verify visit <id> [--data-dir DIR]}: recomputes a visit's content fingerprint and says whether it
 * is as finalised (exit 0) or altered since (exit {@link #ALTERED}), and which parts differ; an attached evidence
 * file that is missing or not what its hash says is named (exit {@link #ATTACHMENTS_DAMAGED} when nothing else is).
 * {@code parcheck export log <visitId> --out f.csv|f.xlsx [--data-dir DIR]}: writes the visit's change log, oldest
 * first, as on the visit screen. Parsed in {@link VerifyCommands} and {@link ExportCommands}; headless, with the data
 * folder's lock ({@link DataSession}); the exit codes 0–4 and 64 mean the same as for {@link ReportCommand}.
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

    private final CliContext context;
    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(CliContext context) {
        this.context = context;
        this.out = context.out();
        this.err = context.err();
    }

    /** Work on the open data folder; returns the exit code. */
    @FunctionalInterface
    private interface Work {
        int run(AppServices services, Messages messages) throws IOException;
    }

    /** {@code verify visit <id>}. */
    int verify(long visitId, Path dataDir) {
        return withData(dataDir, visitId, (services, m) -> verify(services.answerService(), visitId, m));
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

    /** {@code export log <visitId> --out f.csv|f.xlsx}. */
    int exportLog(long visitId, Path target, Path dataDir) {
        Messages messages = context.messages();
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            err.println(messages.get("app.cli.audit.badFormat", target));
            return USAGE;
        }
        if (!DataSession.writable(target)) {
            err.println(messages.get("report.cli.notWritable", target));
            return NOT_WRITABLE;
        }
        return withData(dataDir, visitId, (services, m) -> {
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

    /** Takes the data folder's lock, opens the data and runs {@code work}, mapping failures to exit codes. */
    private int withData(Path dataDir, long visitId, Work work) {
        Messages messages = context.messages();
        return DataSession.open(dataDir, false, context, (services, log) -> {
            try {
                return work.run(services, messages);
            } catch (IllegalArgumentException | IllegalStateException e) {
                LOG.log(Level.FINE, "No such visit, or no framework", e);
                err.println(messages.get("report.cli.unknownVisit", Long.toString(visitId)));
                return UNKNOWN_VISIT;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Audit command failed", e);
                err.println(messages.get("app.cli.audit.failed", String.valueOf(e.getMessage())));
                return FAILED;
            }
        });
    }
}
