package org.parcheck.plan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.util.PartFiles;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Text;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.PlanService;
import org.parcheck.plan.importer.ImportColumn;
import org.parcheck.plan.importer.UnitSheetWriter;

/** State of the unit tree: units as rows (parents before children), optionally hiding retired units. */
public final class UnitTreeViewModel {

    /** A unit as a row of the tree; {@code parentId} places it. */
    public record UnitRow(long id, Long parentId, String name, String type, String code, String validity,
                          String successor, boolean retired) {
    }

    private final PlanService planService;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ObservableList<UnitRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty showRetired = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private List<AdminUnit> units = List.of();
    private Long selectAfterLoad;

    public UnitTreeViewModel(PlanService planService, BackgroundExecutor executor, Messages messages) {
        this.planService = planService;
        this.executor = executor;
        this.messages = messages;
        showRetired.addListener((obs, old, value) -> rebuild());
    }

    public ObservableList<UnitRow> rows() {
        return rows;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    /** What the last export did (or why it failed); empty before. */
    public StringProperty messageProperty() {
        return message;
    }

    /**
     * Writes every unit (retired ones too) as a unit list in the import layout, to edit in Excel and import again
     * here or on another laptop (importing it unchanged changes nothing).
     */
    public void exportWorkbook(Path file) {
        List<String> headers = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            headers.add(Text.capitalizeFirst(messages.get(column.labelKey())));
        }
        executor.run(() -> {
            List<AdminUnit> all = planService.units();
            // written beside the file and moved over it when complete, as the reports are: never a half file
            PartFiles.write(file, out -> UnitSheetWriter.write(all, headers, out));
            return all.size();
        }).onSuccess(count -> message.set(messages.get("plan.units.exported", count, file.getFileName())))
                .onError(e -> message.set(messages.get("plan.units.exportFailed", file)))
                .start();
    }

    /** Asks the tree to select unit {@code id} once the rows are next rebuilt (after a save). */
    public void selectAfterLoad(Long id) {
        selectAfterLoad = id;
    }

    /** The unit to select after this rebuild, if any; asked once. */
    public Long takeSelectAfterLoad() {
        Long id = selectAfterLoad;
        selectAfterLoad = null;
        return id;
    }

    public void load() {
        executor.run(planService::units).onSuccess(list -> {
            units = list;
            rebuild();
        }).start();
    }

    private void rebuild() {
        Map<Long, AdminUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        LocalDate today = LocalDate.now();
        rows.setAll(units.stream()
                .filter(u -> showRetired.get() || u.isValidOn(today))
                .map(u -> toRow(u, byId, today))
                .toList());
    }

    private UnitRow toRow(AdminUnit unit, Map<Long, AdminUnit> byId, LocalDate today) {
        String validity;
        if (unit.validFrom() == null && unit.validTo() == null) {
            validity = "";
        } else if (unit.validTo() == null) {
            validity = messages.get("plan.units.validFrom", Formats.date(unit.validFrom()));
        } else {
            validity = messages.get("plan.units.validUntil", Formats.date(unit.validTo()));
        }
        AdminUnit successor = unit.successorId() == null ? null : byId.get(unit.successorId());
        return new UnitRow(unit.id(), unit.parentId(), Text.capitalizeFirst(unit.officialName()),
                messages.get(unit.type().labelKey()),
                unit.code() == null ? "" : unit.code(), validity,
                successor == null ? "" : Text.capitalizeFirst(successor.officialName()), !unit.isValidOn(today));
    }
}
