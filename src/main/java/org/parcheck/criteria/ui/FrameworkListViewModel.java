package org.parcheck.criteria.ui;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkRepository;
import org.parcheck.criteria.FrameworkSummary;

/** State of the frameworks list. */
public final class FrameworkListViewModel {

    /** A framework version as a row. */
    public record FrameworkRow(long versionId, String name, String targets, String year, int version,
                               String status, int visitsUsing) {
    }

    private final FrameworkRepository frameworks;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ObservableList<FrameworkRow> rows = FXCollections.observableArrayList();

    public FrameworkListViewModel(FrameworkRepository frameworks, BackgroundExecutor executor, Messages messages) {
        this.frameworks = frameworks;
        this.executor = executor;
        this.messages = messages;
    }

    public ObservableList<FrameworkRow> rows() {
        return rows;
    }

    public void load() {
        executor.run(frameworks::summaries)
                .onSuccess(list -> rows.setAll(list.stream().map(this::toRow).toList()))
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
