package org.parcheck.app.shell;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.parcheck.app.AppState;
import org.parcheck.app.navigation.NavigationModel;
import org.parcheck.app.navigation.Route;
import org.parcheck.common.fx.ViewLoader;

/** Controller of the main window: navigation buttons, the content area, the status bar. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final ViewLoader viewLoader;
    private final Runnable openGuide;
    private final ToggleGroup navGroup = new ToggleGroup();
    /** #17: sync with the province server; free on Windows and Linux, unused by ParCheck's screens. */
    public static final KeyCombination SYNC_SHORTCUT = new KeyCodeCombination(KeyCode.Y,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @FXML
    private BorderPane rootPane;
    @FXML
    private VBox navBox;
    @FXML
    private StackPane contentPane;
    @FXML
    private Node openingPane;
    @FXML
    private Node failurePane;
    @FXML
    private Label failureLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Button inspectorButton;
    @FXML
    private Button officeButton;
    @FXML
    private Button syncButton;
    @FXML
    private Label lastSyncLabel;

    public MainWindowView(MainWindowViewModel viewModel, ViewLoader viewLoader, Runnable openGuide) {
        this.viewModel = viewModel;
        this.viewLoader = viewLoader;
        this.openGuide = openGuide;
    }

    @FXML
    private void initialize() {
        for (Route route : viewModel.routes()) {
            ToggleButton button = new ToggleButton(viewModel.label(route));
            button.setId("nav" + route.name());
            button.setUserData(route);
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("pc-nav-button");
            button.setTooltip(new Tooltip(route.shortcut().getDisplayText()));
            button.setOnAction(event -> viewModel.go(route));
            navBox.getChildren().add(button);
        }
        statusLabel.textProperty().bind(viewModel.statusProperty());
        inspectorButton.textProperty().bind(viewModel.inspectorProperty());
        inspectorButton.disableProperty().bind(viewModel.phaseProperty().isNotEqualTo(AppState.Phase.READY));
        officeButton.disableProperty().bind(viewModel.phaseProperty().isNotEqualTo(AppState.Phase.READY));
        syncButton.disableProperty().bind(viewModel.syncAvailableProperty().not());
        syncButton.setTooltip(new Tooltip(SYNC_SHORTCUT.getDisplayText()));
        lastSyncLabel.textProperty().bind(viewModel.lastSyncProperty());
        viewModel.routeProperty().addListener((obs, old, route) -> show());
        viewModel.detailProperty().addListener((obs, old, detail) -> show());
        viewModel.phaseProperty().addListener((obs, old, phase) -> show());
        show();
    }

    @FXML
    private void onSync() {
        viewModel.sync();
    }

    @FXML
    private void onSwitchInspector() {
        viewModel.switchInspector();
    }

    /** #17: the province server's data in a window of its own (office mode). */
    @FXML
    private void onOpenOffice() {
        viewModel.openOffice();
    }

    /** Shortcuts (Ctrl+1…5) are installed by the window on the scene. */
    public void installShortcuts() {
        for (Route route : viewModel.routes()) {
            rootPane.getScene().getAccelerators().put(route.shortcut(), () -> viewModel.go(route));
        }
        // the user guide: F1 (the visit screen takes F1 for its list of keys, so Shift+F1 works everywhere)
        rootPane.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F1), openGuide);
        rootPane.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN),
                openGuide);
        rootPane.getScene().getAccelerators().put(SYNC_SHORTCUT, viewModel::sync);
    }

    private void show() {
        Route route = viewModel.routeProperty().get();
        navGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == route));
        AppState.Phase phase = viewModel.phaseProperty().get();
        navBox.setDisable(phase != AppState.Phase.READY);
        switch (phase) {
            case OPENING -> contentPane.getChildren().setAll(openingPane);
            case FAILED -> {
                failureLabel.setText(viewModel.failureMessage());
                contentPane.getChildren().setAll(failurePane);
            }
            case READY -> {
                NavigationModel.Detail detail = viewModel.detailProperty().get();
                Class<?> view = detail != null ? detail.viewClass() : route.viewClass();
                contentPane.getChildren().setAll(viewLoader.load(view).root());
            }
        }
    }
}
