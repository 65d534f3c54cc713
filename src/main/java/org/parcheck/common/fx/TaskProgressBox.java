package org.parcheck.common.fx;

import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * A progress bar with what runs and a cancel button, shown while a view model's {@link RunningTask} runs and hidden
 * (taking no room) otherwise. Put it in FXML ({@code <TaskProgressBox fx:id="taskBox"/>}) and
 * {@link #bind(RunningTask, ResourceBundle) bind} it in {@code initialize()}.
 */
public final class TaskProgressBox extends HBox {

    private final ProgressBar bar = new ProgressBar(BackgroundTask.UNKNOWN);
    private final Label label = new Label();
    private final Button cancelButton = new Button();

    public TaskProgressBox() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWidth(220);
        cancelButton.setId("taskCancelButton");
        getChildren().addAll(bar, label, cancelButton);
        setVisible(false);
        setManaged(false);
    }

    public void bind(RunningTask task, ResourceBundle bundle) {
        cancelButton.setText(bundle.getString("common.dialog.cancel"));
        visibleProperty().bind(task.runningProperty());
        managedProperty().bind(task.runningProperty());
        bar.progressProperty().bind(task.progressProperty());
        label.textProperty().bind(task.textProperty());
        cancelButton.visibleProperty().bind(task.cancellableProperty());
        cancelButton.managedProperty().bind(task.cancellableProperty());
        cancelButton.setOnAction(event -> task.cancel());
    }
}
