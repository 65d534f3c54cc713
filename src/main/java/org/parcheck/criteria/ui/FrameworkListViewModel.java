package org.parcheck.criteria.ui;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.FrameworkSummary;

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

    public ReadOnlyStringProperty messageProperty() {
        return message;
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

    /** Copies the version into a new draft and opens it. */
    public void newVersion(FrameworkRow row) {
        if (row == null) {
            return;
        }
        executor.write(() -> service.newVersion(row.versionId()))
                .onSuccess(created -> navigator.openEditor(created.version().id()))
                .onError(e -> message.set(messages.get("criteria.list.newVersionFailed")))
                .start();
    }

    private FrameworkRow toRow(FrameworkSummary s) {
        String targets = Arrays.stream(s.targetUnitTypes().split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .map(t -> messages.get("common.unitType." + t))
                .collect(Collectors.joining(", "));
        String name = s.demo() ? messages.get("criteria.list.demoName", s.name()) : s.name();
        return new FrameworkRow(s.versionId(), name, targets, s.year() == null ? "" : s.year().toString(),
                s.versionNo(), messages.get("criteria.status." + s.status()), s.visitsUsing());
    }
}
