package org.parcheck.report.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanService;

/** State of the reports page: what can be reported on (finalised visits across plans). */
public final class ReportsViewModel {

    private final PlanService planService;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final StringProperty summary = new SimpleStringProperty("");

    public ReportsViewModel(PlanService planService, BackgroundExecutor executor, Messages messages) {
        this.planService = planService;
        this.executor = executor;
        this.messages = messages;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public void load() {
        executor.run(planService::overviews).onSuccess(list -> {
            int finalised = list.stream().mapToInt(PlanOverview::finalised).sum();
            int visits = list.stream().mapToInt(PlanOverview::visits).sum();
            summary.set(finalised == 0 ? messages.get("report.page.noneFinalised", visits)
                    : messages.get("report.page.finalised", finalised, visits));
        }).start();
    }
}
