package org.parcheck.criteria.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Numbers;
import org.parcheck.criteria.FrameworkDiff;
import org.parcheck.criteria.FrameworkService;

/** What changed between a framework version and the version it was made from. */
public final class FrameworkCompareViewModel {

    /** One change as a row. */
    public record ChangeRow(String code, String change, String before, String after) {
    }

    private final long versionId;
    private final FrameworkService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final FrameworkNavigator navigator;
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");

    public FrameworkCompareViewModel(long versionId, FrameworkService service, BackgroundExecutor executor,
                                     Messages messages, FrameworkNavigator navigator) {
        this.versionId = versionId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
    }

    public void load() {
        executor.run(() -> service.compareWithPrevious(versionId)).onSuccess(found -> {
            if (found.isEmpty()) {
                heading.set(messages.get("criteria.compare.noPrevious"));
                return;
            }
            FrameworkService.Comparison c = found.get();
            heading.set(messages.get("criteria.compare.heading", c.name(), c.olderVersionNo(), c.newerVersionNo(),
                    c.changes().size()));
            rows.setAll(c.changes().stream().map(this::toRow).toList());
        }).start();
    }

    private ChangeRow toRow(FrameworkDiff.Change change) {
        return toRow(change, messages);
    }

    /** A change as shown; changed points read as points everywhere ("1,50" → "2"). */
    static ChangeRow toRow(FrameworkDiff.Change change, Messages messages) {
        boolean points = change.kind() == FrameworkDiff.ChangeKind.POINTS_CHANGED;
        return new ChangeRow(change.code(), messages.get("criteria.compare.kind." + change.kind().name()),
                points ? points(change.before(), messages) : change.before(),
                points ? points(change.after(), messages) : change.after());
    }

    private static String points(String stored, Messages messages) {
        try {
            return Numbers.points(Numbers.stored(stored), messages.locale());
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    public void back() {
        navigator.backToList();
    }

    public ObservableList<ChangeRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
