package org.parcheck.plan.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Text;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanService;
import org.parcheck.plan.VisitOverview;

/** State of the plan list: the plans with their progress and the visits of the selected plan. */
public final class PlanListViewModel {

    /** A plan as a row of the table. */
    public record PlanRow(long id, String numberSymbol, String issuedDate, String title, int year, int visits,
                          String progress) {
    }

    /** A visit as a row of the visits table. */
    public record VisitRow(long id, String unit, String date, String place, String status) {
    }

    private final PlanService planService;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final PlanNavigator navigator;
    private final ObservableList<PlanRow> plans = FXCollections.observableArrayList();
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public PlanListViewModel(PlanService planService, BackgroundExecutor executor, Messages messages,
                             PlanNavigator navigator) {
        this.planService = planService;
        this.executor = executor;
        this.messages = messages;
        this.navigator = navigator;
    }

    /** Opens the visit screen (checklist) of a visit. */
    public void openVisit(VisitRow row) {
        if (row != null) {
            navigator.openVisit(row.id());
        }
    }

    /** Opens the plan screen for a new plan. */
    public void newPlan() {
        navigator.openEditor(PlanNavigator.NEW_PLAN);
    }

    /** Opens the plan screen for the plan of {@code row}. */
    public void editPlan(PlanRow row) {
        if (row != null) {
            navigator.openEditor(row.id());
        }
    }

    /** Exports the plan of {@code row} to a package: the chosen visits, or all of them when none is chosen. */
    public void exportPackage(PlanRow row, java.util.List<VisitRow> chosenVisits) {
        if (row != null) {
            navigator.exportPackage(row.id(), chosenVisits.stream().map(VisitRow::id).toList(),
                    row.numberSymbol() + (chosenVisits.size() == 1 ? " " + chosenVisits.get(0).unit() : ""));
        }
    }

    /** Opens the import screen of a package; the list is read again after an import. */
    public void importPackage() {
        navigator.importPackage(this::load);
    }

    public ObservableList<PlanRow> plans() {
        return plans;
    }

    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public void load() {
        loading.set(true);
        executor.run(planService::overviews)
                .onSuccess(list -> {
                    plans.setAll(list.stream().map(this::toRow).toList());
                    loading.set(false);
                })
                .onError(error -> loading.set(false))
                .start();
    }

    public void select(PlanRow row) {
        if (row == null) {
            visits.clear();
            return;
        }
        executor.run(() -> planService.visits(row.id()))
                .onSuccess(list -> visits.setAll(toVisitRows(list)))
                .start();
    }

    private PlanRow toRow(PlanOverview o) {
        // what matters first: how many are finalised out of all; the rest may be cut short in a narrow column
        String progress = messages.get("plan.list.progress", o.notStarted(), o.inProgress(), o.finalised(),
                o.visits());
        return new PlanRow(o.plan().id(), o.plan().numberSymbol(), Formats.date(o.plan().issuedDate()),
                o.plan().title(), o.plan().year(), o.visits(), progress);
    }

    private List<VisitRow> toVisitRows(List<VisitOverview> list) {
        return list.stream()
                .map(v -> new VisitRow(v.visit().id(), Text.capitalizeFirst(v.unitDisplayName()),
                        Formats.date(v.visit().date()),
                        v.visit().place() == null ? "" : v.visit().place(),
                        messages.get(v.visit().status().labelKey())))
                .toList();
    }
}
