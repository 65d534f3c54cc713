package org.parcheck.plan.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.RunningTask;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Dates;
import org.parcheck.common.util.Text;
import org.parcheck.plan.UnitService;
import org.parcheck.plan.importer.ImportProblem;
import org.parcheck.plan.importer.ImportedUnit;
import org.parcheck.plan.importer.ImportedUnit.Action;
import org.parcheck.plan.importer.SheetRow;
import org.parcheck.plan.importer.UnitImportPreview;
import org.parcheck.plan.importer.UnitSheetReader.UnreadableFileException;

/**
 * Import of a unit list: read the file, preview every row and every problem (row, column, what is wrong), then
 * import all rows in one transaction, only when there is no problem.
 */
public final class UnitImportViewModel {

    /** A row of the preview table. */
    public record PreviewRow(int row, String code, String name, String type, String validity, String action) {
    }

    /** A problem as a row of the problems table. */
    public record ProblemRow(int row, String column, String text) {
    }

    private record Read(List<SheetRow> rows, UnitImportPreview preview) {
    }

    private final UnitService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty importable = new SimpleBooleanProperty(false);
    private List<SheetRow> sheetRows = List.of();
    private Runnable onImported = () -> { };

    private final RunningTask running = new RunningTask();

    public UnitImportViewModel(UnitService service, BackgroundExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        summary.set(messages.get("plan.unitImport.choose"));
    }

    public void setOnImported(Runnable callback) {
        this.onImported = callback;
    }

    /** The file being read or imported: the dialog's progress bar and cancel button. */
    public RunningTask runningTask() {
        return running;
    }

    /** Reads {@code file} and shows what importing it would do; saves nothing. */
    public void open(Path file) {
        fileName.set(file.getFileName().toString());
        importable.set(false);
        running.track(messages.get("common.task.reading", file.getFileName()), executor.runTracked(progress -> {
            List<SheetRow> read = service.read(file);
            progress.checkCancelled();
            return new Read(read, service.preview(read));
        })).onCancelled(() -> {
            sheetRows = List.of();
            summary.set(messages.get("common.task.cancelled"));
        }).onSuccess(result -> {
            sheetRows = result.rows();
            show(result.preview(), false);
        }).onError(error -> {
            sheetRows = List.of();
            rows.clear();
            problems.clear();
            summary.set(error instanceof UnreadableFileException
                    ? messages.get(((UnreadableFileException) error).messageKey(),
                            ((UnreadableFileException) error).args())
                    : messages.get("plan.unitImport.error.unreadable"));
        }).start();
    }

    /** Imports the rows read, in one transaction; with any problem nothing is saved. */
    public void importNow() {
        if (!importable.get()) {
            return;
        }
        importable.set(false);
        List<SheetRow> toImport = sheetRows;
        running.trackToEnd(messages.get("common.task.importing"), executor.write(() -> service.importRows(toImport)))
                .onSuccess(preview -> {
            show(preview, preview.valid());
            if (preview.valid()) {
                onImported.run();
            }
        }).onError(error -> summary.set(messages.get("plan.unitImport.failed"))).start();
    }

    private void show(UnitImportPreview preview, boolean imported) {
        rows.setAll(preview.units().stream().map(this::toRow).toList());
        problems.setAll(preview.problems().stream().map(this::toProblem).toList());
        long created = preview.count(Action.NEW);
        long updated = preview.count(Action.UPDATE);
        long unchanged = preview.count(Action.UNCHANGED);
        if (!preview.valid()) {
            summary.set(messages.get("plan.unitImport.hasProblems", preview.problems().size()));
        } else if (imported) {
            summary.set(messages.get("plan.unitImport.done", created, updated, unchanged));
        } else {
            summary.set(messages.get("plan.unitImport.ready", created, updated, unchanged));
        }
        importable.set(!imported && preview.valid() && created + updated > 0);
    }

    private PreviewRow toRow(ImportedUnit unit) {
        String validity = unit.validFrom() == null && unit.validTo() == null ? ""
                : Dates.format(unit.validFrom()) + " – " + Dates.format(unit.validTo());
        return new PreviewRow(unit.row(), unit.code(), Text.capitalizeFirst(unit.name()),
                messages.get(unit.type().labelKey()), validity,
                messages.get("plan.unitImport.action." + unit.action().name()));
    }

    private ProblemRow toProblem(ImportProblem problem) {
        String column = problem.column() == null ? ""
                : problem.column().letter() + " – " + messages.get(problem.column().labelKey());
        return new ProblemRow(problem.row(), column, messages.get(problem.messageKey(), problem.argArray()));
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty importableProperty() {
        return importable;
    }
}
