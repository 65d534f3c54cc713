package org.parcheck.app.settings;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.FocusScrolling;

/** Controller of the settings and About page. */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Runnable openGuide;

    @FXML
    private ScrollPane settingsScroll;
    @FXML
    private ComboBox<Locale> languageComboBox;
    @FXML
    private Label versionLabel;
    @FXML
    private Label inspectorLabel;
    @FXML
    private TextField dataFolderField;
    @FXML
    private TextField databaseFileField;
    @FXML
    private TextField logFileField;

    public SettingsView(SettingsViewModel viewModel, Runnable openGuide) {
        this.viewModel = viewModel;
        this.openGuide = openGuide;
    }

    @FXML
    private void initialize() {
        languageComboBox.getItems().setAll(viewModel.languages());
        languageComboBox.setConverter(Converters.labelled(viewModel::languageName));
        languageComboBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        languageComboBox.setOnAction(event -> viewModel.applyLanguage());
        inspectorLabel.textProperty().bind(viewModel.inspectorProperty());
        versionLabel.setText(viewModel.version());
        dataFolderField.setText(viewModel.dataFolder());
        databaseFileField.setText(viewModel.databaseFile());
        logFileField.setText(viewModel.logFile());
        FocusScrolling.install(settingsScroll);
    }

    /** #16 §8: the user guide, also on F1. */
    @FXML
    private void onOpenGuide() {
        openGuide.run();
    }

    @FXML
    private void onSwitchInspector() {
        viewModel.switchInspector();
    }
}
