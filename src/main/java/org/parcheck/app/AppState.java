package org.parcheck.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.parcheck.plan.Inspector;

/**
 * Where start-up stands: opening the database, ready with services, or failed with a message. Observed by
 * the main window; changed only on the FX thread.
 */
public final class AppState {

    /** The phases of start-up. */
    public enum Phase { OPENING, READY, FAILED }

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OPENING);
    private final ObjectProperty<Inspector> inspector = new SimpleObjectProperty<>();
    private AppServices services;
    private String failureMessageKey;
    private Object[] failureArgs = new Object[0];

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public Phase phase() {
        return phase.get();
    }

    public AppServices services() {
        if (services == null) {
            throw new IllegalStateException("The database is not open yet");
        }
        return services;
    }

    public void ready(AppServices openedServices) {
        this.services = openedServices;
        inspector.set(openedServices.inspectors().current().orElse(null));
        phase.set(Phase.READY);
    }

    /** The person using the laptop (#15), null while nobody was chosen. */
    public ReadOnlyObjectProperty<Inspector> inspectorProperty() {
        return inspector;
    }

    /** Called once a person was chosen and saved as the current inspector. */
    public void inspectorChosen(Inspector chosen) {
        inspector.set(chosen);
    }

    /** Back to "opening" while the database is closed and opened again (a restore). */
    public void reopening() {
        phase.set(Phase.OPENING);
    }

    public void failed(String messageKey, Object... args) {
        this.failureMessageKey = messageKey;
        this.failureArgs = args.clone();
        phase.set(Phase.FAILED);
    }

    public String failureMessageKey() {
        return failureMessageKey;
    }

    public Object[] failureArgs() {
        return failureArgs.clone();
    }
}
