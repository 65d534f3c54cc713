package org.parcheck.app.start;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Controller of the first-steps page: binds the ticks and forwards the links to the view model. */
public final class FirstStepsView {

    private final FirstStepsViewModel viewModel;

    @FXML private Label summaryLabel;
    @FXML private Label unitsMark;
    @FXML private Label frameworkMark;
    @FXML private Label planMark;

    public FirstStepsView(FirstStepsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        bindMark(unitsMark, viewModel.unitsDoneProperty(), 1);
        bindMark(frameworkMark, viewModel.frameworkDoneProperty(), 2);
        bindMark(planMark, viewModel.planDoneProperty(), 3);
        viewModel.load();
    }

    private void bindMark(Label mark, ReadOnlyBooleanProperty done, int number) {
        mark.textProperty().bind(Bindings.createStringBinding(() -> viewModel.mark(done.get(), number), done));
        done.addListener((obs, old, value) -> mark.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("done"), value));
    }

    @FXML
    private void onUnits() {
        viewModel.goUnits();
    }

    @FXML
    private void onFrameworks() {
        viewModel.goFrameworks();
    }

    @FXML
    private void onNewPlan() {
        viewModel.newPlan();
    }

    @FXML
    private void onClose() {
        viewModel.close();
    }
}
