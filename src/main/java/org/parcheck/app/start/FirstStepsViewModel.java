package org.parcheck.app.start;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;

/**
 * The first steps of real work (#16 §5), a checklist page: the province's units, a criteria framework, the first
 * plan. Each step links to its screen and is ticked once done (counted in the database when the page opens).
 */
public final class FirstStepsViewModel {

    /** What the page counts: units, frameworks (any version) and plans in the database. */
    public record Progress(int units, int frameworks, int plans) {
    }

    /** Where each step leads. */
    public interface Steps {
        void units();

        void frameworks();

        void newPlan();

        void close();
    }

    private final Supplier<Progress> counts;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final Steps steps;
    private final SimpleBooleanProperty unitsDone = new SimpleBooleanProperty();
    private final SimpleBooleanProperty frameworkDone = new SimpleBooleanProperty();
    private final SimpleBooleanProperty planDone = new SimpleBooleanProperty();
    private final SimpleStringProperty summary = new SimpleStringProperty("");

    public FirstStepsViewModel(Supplier<Progress> counts, BackgroundExecutor executor, Messages messages,
                               Steps steps) {
        this.counts = counts;
        this.executor = executor;
        this.messages = messages;
        this.steps = steps;
    }

    public void load() {
        executor.run(counts::get).onSuccess(this::show)
                .onError(error -> summary.set(messages.get("app.firstSteps.loadFailed"))).start();
    }

    private void show(Progress progress) {
        unitsDone.set(progress.units() > 0);
        frameworkDone.set(progress.frameworks() > 0);
        planDone.set(progress.plans() > 0);
        int done = (unitsDone.get() ? 1 : 0) + (frameworkDone.get() ? 1 : 0) + (planDone.get() ? 1 : 0);
        summary.set(messages.get("app.firstSteps.summary", done, 3));
    }

    /** The text of a step's line: ✓ when done, its number when not. */
    public String mark(boolean done, int number) {
        return done ? "✓" : number + ".";
    }

    public void goUnits() {
        steps.units();
    }

    public void goFrameworks() {
        steps.frameworks();
    }

    public void newPlan() {
        steps.newPlan();
    }

    public void close() {
        steps.close();
    }

    public ReadOnlyBooleanProperty unitsDoneProperty() {
        return unitsDone;
    }

    public ReadOnlyBooleanProperty frameworkDoneProperty() {
        return frameworkDone;
    }

    public ReadOnlyBooleanProperty planDoneProperty() {
        return planDone;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
