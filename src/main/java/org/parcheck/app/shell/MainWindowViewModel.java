package org.parcheck.app.shell;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parcheck.app.AppState;
import org.parcheck.app.navigation.NavigationModel;
import org.parcheck.app.navigation.Route;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Inspector;

/** State of the main window: the current section, start-up phase, and the status line. */
public final class MainWindowViewModel {

    private final NavigationModel navigation;
    private final AppState state;
    private final Messages messages;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper inspector = new ReadOnlyStringWrapper();
    private final Runnable switchInspector;
    private Runnable openOffice = () -> { };

    public MainWindowViewModel(NavigationModel navigation, AppState state, Messages messages) {
        this(navigation, state, messages, () -> { });
    }

    /** @param switchInspector opens the dialog that switches the person using the laptop (#15) */
    public MainWindowViewModel(NavigationModel navigation, AppState state, Messages messages,
                               Runnable switchInspector) {
        this.navigation = navigation;
        this.state = state;
        this.messages = messages;
        this.switchInspector = switchInspector;
        state.phaseProperty().addListener((obs, old, phase) -> updateStatus());
        state.inspectorProperty().addListener((obs, old, person) -> updateInspector());
        updateStatus();
        updateInspector();
    }

    /** "Người kiểm tra: Nguyễn Văn A (Chuyên viên, Sở Nội vụ)", or that nobody was chosen yet. */
    public ReadOnlyStringProperty inspectorProperty() {
        return inspector.getReadOnlyProperty();
    }

    public void switchInspector() {
        if (state.phase() == AppState.Phase.READY) {
            switchInspector.run();
        }
    }

    /** What "Mở dữ liệu trên máy chủ (chế độ văn phòng)" does (#17); nothing unless the window sets it. */
    public void whenOpenOffice(Runnable action) {
        this.openOffice = action;
    }

    public void openOffice() {
        if (state.phase() == AppState.Phase.READY) {
            openOffice.run();
        }
    }

    private void updateInspector() {
        Inspector person = state.inspectorProperty().get();
        inspector.set(person == null ? messages.get("app.main.inspectorNone")
                : messages.get("app.main.inspector", person.recordText()));
    }

    public List<Route> routes() {
        return List.of(Route.values());
    }

    public String label(Route route) {
        return messages.get(route.labelKey());
    }

    public ObjectProperty<Route> routeProperty() {
        return navigation.routeProperty();
    }

    public ReadOnlyObjectProperty<NavigationModel.Detail> detailProperty() {
        return navigation.detailProperty();
    }

    public void go(Route route) {
        navigation.go(route);
    }

    public ReadOnlyObjectProperty<AppState.Phase> phaseProperty() {
        return state.phaseProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The localised reason start-up failed, naming the file and what to do. */
    public String failureMessage() {
        return state.failureMessageKey() == null ? "" : messages.get(state.failureMessageKey(), state.failureArgs());
    }

    private void updateStatus() {
        status.set(switch (state.phase()) {
            case OPENING -> messages.get("app.status.opening");
            case READY -> messages.get("app.status.ready", state.services().database().file());
            case FAILED -> messages.get("app.status.failed");
        });
    }
}
