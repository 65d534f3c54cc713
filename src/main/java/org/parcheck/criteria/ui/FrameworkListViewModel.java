package org.parcheck.criteria.ui;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.FrameworkSummary;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.criteria.importer.FrameworkWorkbook;
import org.parcheck.criteria.importer.ImportProblemFormatter;
import org.parcheck.criteria.importer.ImportResult;
import org.parcheck.criteria.importer.WorkbookFramework;
import org.parcheck.criteria.templates.FrameworkTemplates;

/** State of the frameworks list: every version of every framework; open, copy to a new version. */
public final class FrameworkListViewModel {

    /** A framework version as a row. */
    public record FrameworkRow(long versionId, String name, String targets, String year, int version,
                               String status, int visitsUsing) {
    }

    private final FrameworkService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final FrameworkNavigator navigator;
    private final ObservableList<FrameworkRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    /** Whether the message says something went wrong (shown as an error) or not (progress, success). */
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();

    public FrameworkListViewModel(FrameworkService service, BackgroundExecutor executor, Messages messages,
                                  FrameworkNavigator navigator) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
    }

    public ObservableList<FrameworkRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    private void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> importProblems() {
        return importProblems;
    }

    /**
     * Imports a workbook as a new draft framework and opens it; a file with any problem imports nothing and its
     * problems are listed with sheet, row and column.
     */
    public void importWorkbook(Path file) {
        importFrom(file.getFileName().toString(), () -> FrameworkWorkbook.read(file));
    }

    /**
     * #16 §5 "new framework → from a template": imports a shipped 2026 template as a new draft and opens it, through
     * the same path as a spreadsheet, so that the office adapts it to the province's decision before publishing.
     */
    public void importTemplate(FrameworkTemplates.Template template) {
        importFrom(messages.get(template.labelKey()), () -> FrameworkTemplates.read(template));
    }

    public String templateLabel(FrameworkTemplates.Template template) {
        return messages.get(template.labelKey());
    }

    private void importFrom(String source, Callable<ImportResult> read) {
        importProblems.clear();
        say(messages.get("criteria.list.importing", source), false);
        executor.run(read).onSuccess(result -> {
            if (result instanceof ImportResult.Rejected rejected) {
                ImportProblemFormatter formatter = new ImportProblemFormatter(messages);
                say(messages.get("criteria.list.importRejected", source, rejected.problems().size()), true);
                importProblems.setAll(rejected.problems().stream().map(formatter::format).toList());
                return;
            }
            WorkbookFramework imported = ((ImportResult.Imported) result).framework();
            executor.write(() -> service.create(FrameworkHeader.create(imported.name(), imported.description(),
                            imported.targets(), false), FrameworkVersion.draft(1, imported.year(),
                            imported.legalBasis()), imported.content()))
                    .onSuccess(created -> navigator.openEditor(created.version().id()))
                    .onError(e -> say(messages.get("criteria.list.importFailed", source), true))
                    .start();
        }).onError(e -> say(messages.get("criteria.list.importFailed", source), true)).start();
    }

    /** Writes the version to a workbook that the office can edit and import again. */
    public void exportWorkbook(FrameworkRow row, Path file) {
        if (row == null) {
            return;
        }
        executor.run(() -> {
            StoredFramework stored = service.load(row.versionId());
            try (OutputStream out = Files.newOutputStream(file)) {
                FrameworkWorkbook.write(stored.header(), stored.version(), stored.content(), out);
            }
            return file;
        }).onSuccess(written -> say(messages.get("criteria.list.exported", written), false))
                .onError(e -> say(messages.get("criteria.list.exportFailed", file), true))
                .start();
    }

    public void load() {
        executor.run(service::summaries)
                .onSuccess(list -> rows.setAll(list.stream().map(this::toRow).toList()))
                .start();
    }

    public void open(FrameworkRow row) {
        if (row != null) {
            navigator.openEditor(row.versionId());
        }
    }

    /** Shows what changed from the version this one was made from. */
    public void compare(FrameworkRow row) {
        if (row != null) {
            navigator.openComparison(row.versionId());
        }
    }

    /** Copies the version into a new draft and opens it. */
    public void newVersion(FrameworkRow row) {
        if (row == null) {
            return;
        }
        executor.write(() -> service.newVersion(row.versionId()))
                .onSuccess(created -> navigator.openEditor(created.version().id()))
                .onError(e -> say(messages.get("criteria.list.newVersionFailed"), true))
                .start();
    }

    private FrameworkRow toRow(FrameworkSummary s) {
        String targets = Arrays.stream(s.targetUnitTypes().split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .map(t -> messages.get("common.unitType." + t))
                .collect(Collectors.joining(", "));
        // demo frameworks usually say so in their name already; say it once
        boolean labelled = s.name().contains(messages.get("criteria.list.demoMarker"));
        String name = s.demo() && !labelled ? messages.get("criteria.list.demoName", s.name()) : s.name();
        return new FrameworkRow(s.versionId(), name, targets, s.year() == null ? "" : s.year().toString(),
                s.versionNo(), messages.get("criteria.status." + s.status()), s.visitsUsing());
    }
}
