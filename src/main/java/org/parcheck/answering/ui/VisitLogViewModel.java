package org.parcheck.answering.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.VisitSession;
import org.parcheck.answering.audit.ChangeLogExport;
import org.parcheck.answering.audit.ChangeLogLabels;
import org.parcheck.answering.audit.ChangeLogRow;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.audit.AttachmentText;
import org.parcheck.answering.audit.Verification;
import org.parcheck.answering.audit.VerificationText;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.PartFiles;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.plan.VisitStatus;
import org.parcheck.scoring.FigureDef;

/**
 * The visit's change log ("Nhật ký thay đổi") in plain words, filtered by text and ordered newest or oldest first;
 * export of the rows shown to CSV or XLSX; the content fingerprint and its verification. All reading, writing and
 * checking runs off the FX thread.
 */
public final class VisitLogViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FULL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** A file format for the export. */
    public enum Format { CSV, XLSX }

    private final long visitId;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ZoneId zone;

    private final List<ChangeLogRow> all = new ArrayList<>();
    private final ObservableList<ChangeLogRow> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprintText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper altered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finalised = new ReadOnlyBooleanWrapper(false);

    public VisitLogViewModel(long visitId, AnswerService service, BackgroundExecutor executor, Messages messages,
                             ZoneId zone) {
        this.visitId = visitId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.zone = zone;
        filter.addListener((obs, was, now) -> show());
        newestFirst.addListener((obs, was, now) -> show());
    }

    /** What a load reads off the FX thread. */
    private record Loaded(List<ChangeLogRow> rows, Optional<StoredFingerprint> fingerprint, boolean finalised) {
    }

    /** (Re)reads the log and the fingerprint. */
    public void load() {
        executor.run(() -> {
            VisitSession session = service.open(visitId);
            ChangeLogLabels labels = labels(session);
            List<ChangeLogRow> read = new ArrayList<>();
            for (ChangeEntry entry : service.changeLog(visitId)) {
                read.add(labels.row(entry));
            }
            return new Loaded(read, service.fingerprint(visitId), service.status(visitId) == VisitStatus.FINALISED);
        }).onSuccess(loaded -> {
            all.clear();
            all.addAll(loaded.rows());
            finalised.set(loaded.finalised());
            fingerprint.set(loaded.fingerprint().map(StoredFingerprint::sha256).orElse(""));
            fingerprintText.set(loaded.fingerprint().map(f -> messages.get("answering.log.fingerprintLabel",
                    VerificationText.when(f.finalisedAt(), zone)))
                    .orElse(messages.get(loaded.finalised() ? "answering.log.verify.NO_FINGERPRINT"
                            : "answering.log.noFingerprintYet")));
            verification.set("");
            altered.set(false);
            show();
        }).onError(e -> message.set(messages.get("answering.log.loadFailed"))).start();
    }

    private ChangeLogLabels labels(VisitSession session) {
        Map<String, String> titles = new HashMap<>();
        for (CriteriaItem item : session.framework().content().allItems()) {
            titles.put(item.code(), item.title());
        }
        Map<String, String> figures = new HashMap<>();
        for (FigureDef figure : session.framework().content().figures()) {
            figures.put(figure.code(), figure.name());
        }
        return new ChangeLogLabels(messages, titles, figures, zone);
    }

    private void show() {
        List<ChangeLogRow> shown = new ArrayList<>();
        for (ChangeLogRow row : all) {
            if (row.matches(filter.get())) {
                shown.add(row);
            }
        }
        if (newestFirst.get()) {
            // the log is read oldest first (by insertion); reversing keeps same-second entries in their true order
            Collections.reverse(shown);
        }
        rows.setAll(shown);
        count.set(messages.get("answering.log.count", shown.size(), all.size()));
    }

    /** Recomputes the fingerprint and says whether the visit is as it was finalised. */
    public void verify() {
        verification.set(messages.get("answering.log.verifying"));
        executor.run(() -> new Object[] {service.verify(visitId), service.attachmentProblems(visitId)})
                .onSuccess(r -> {
                    Verification v = (Verification) r[0];
                    @SuppressWarnings("unchecked")
                    List<AttachmentProblem> files = (List<AttachmentProblem>) r[1];
                    altered.set(v.result() == Verification.Result.ALTERED || !files.isEmpty());
                    String text = VerificationText.describe(v, messages, zone);
                    verification.set(files.isEmpty() ? text : text + " " + AttachmentText.warning(files, messages));
                })
                .onError(e -> verification.set(messages.get("answering.log.verifyFailed")))
                .start();
    }

    /** Writes the rows shown (filter and order as on screen) to {@code file}, off the FX thread. */
    public void export(Path file, Format format) {
        List<ChangeLogRow> shown = List.copyOf(rows);
        String exportedBy = service.actor();
        message.set(messages.get("answering.log.exporting"));
        executor.run(() -> {
            PartFiles.write(file, out -> {
                if (format == Format.CSV) {
                    ChangeLogExport.writeCsv(shown, messages, out);
                } else {
                    ChangeLogExport.writeXlsx(shown, messages, exportedBy, out);
                }
            });
            return file;
        }).onSuccess(written -> message.set(messages.get("answering.log.exported", shown.size(), written)))
                .onError(e -> message.set(messages.get("answering.log.exportFailed", file)))
                .start();
    }

    /** A file name to suggest: "nhat-ky-thay-doi-3.csv". */
    public String suggestedName(Format format) {
        return "nhat-ky-thay-doi-" + visitId + "." + format.name().toLowerCase(Locale.ROOT);
    }

    public ObservableList<ChangeLogRow> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the fingerprint is, or why there is none. */
    public ReadOnlyStringProperty fingerprintTextProperty() {
        return fingerprintText.getReadOnlyProperty();
    }

    /** The stored fingerprint (64 hex digits), or empty. */
    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** True after a verification found the content changed since finalising. */
    public ReadOnlyBooleanProperty alteredProperty() {
        return altered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finalisedProperty() {
        return finalised.getReadOnlyProperty();
    }

    /** The selected line in full (the table cuts long values): what, field, old → new, reason, who and when. */
    public String detail(ChangeLogRow row) {
        if (row == null) {
            return "";
        }
        String text = messages.get("answering.log.detail", row.what(), row.field(), blank(row.oldValue()),
                blank(row.newValue()), row.actor() == null ? "" : row.actor(),
                row.at() == null ? "" : FULL_TIME.format(row.at()));
        return row.reason() == null ? text : text + " " + messages.get("answering.log.detailReason", row.reason());
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    /** A time as shown in the table: "01/10/2021 09:05". */
    public static String time(ChangeLogRow row) {
        return row.at() == null ? "" : TIME.format(row.at());
    }
}
