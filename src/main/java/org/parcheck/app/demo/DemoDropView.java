package org.parcheck.app.demo;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Controller of the "Dữ liệu mẫu" section of the settings page: hidden unless the folder holds the demo. */
public final class DemoDropView {

    private final DemoDropViewModel viewModel;

    @FXML private VBox demoDropBox;
    @FXML private Button demoDropButton;
    @FXML private Label demoDropMessage;

    public DemoDropView(DemoDropViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        demoDropBox.visibleProperty().bind(viewModel.offeredProperty()
                .or(viewModel.messageProperty().isNotEmpty()));
        demoDropBox.managedProperty().bind(demoDropBox.visibleProperty());
        demoDropButton.visibleProperty().bind(viewModel.offeredProperty());
        demoDropButton.disableProperty().bind(viewModel.workingProperty());
        demoDropMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void onDropDemo() {
        viewModel.askAndDrop();
    }
}
