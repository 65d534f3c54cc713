package org.parcheck.answering.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The raw figures block of the checklist: per figure its name, the field, the value as understood ("= 1.200 hồ
 * sơ"), and under them its problem, which wraps within the line's width (#16 §2: never cut at 1366 or 1280 px).
 * The fields line up: the name takes what the field and the understood value leave.
 */
final class FigureRows {

    /** Room for the value as understood ("= 12.345 văn bản"), the same on every line so that the fields line up. */
    private static final double UNDERSTOOD_WIDTH = 170;

    private static final double FIELD_WIDTH = 120;

    private final List<TextField> fields = new ArrayList<>();

    /** Builds a line per figure into {@code box}; {@code commit} saves a figure, {@code next} runs after Enter. */
    void build(VBox box, List<FigureEntry> figures, ObservableBooleanValue editable, Consumer<FigureEntry> commit,
            Consumer<TextField> next) {
        for (FigureEntry figure : figures) {
            TextField field = new TextField();
            field.setId("figure-" + figure.code());
            // one width on every line (a long name that wraps must not squeeze its field out of line)
            field.setPrefColumnCount(8);
            field.setMinWidth(FIELD_WIDTH);
            field.setPrefWidth(FIELD_WIDTH);
            field.setMaxWidth(FIELD_WIDTH);
            field.textProperty().bindBidirectional(figure.valueProperty());
            field.editableProperty().bind(editable);
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commit.accept(figure);
                }
            });
            field.setOnAction(e -> next.accept(field));
            Label understood = new Label();
            understood.setId("figureValue-" + figure.code());
            understood.textProperty().bind(figure.understoodProperty());
            understood.setMinWidth(UNDERSTOOD_WIDTH);
            understood.setPrefWidth(UNDERSTOOD_WIDTH);
            Label name = new Label(figure.name());
            name.setLabelFor(field);
            name.setWrapText(true);
            name.setMinWidth(160);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox top = new HBox(8, name, field, understood);
            top.setAlignment(Pos.CENTER_LEFT);
            Label error = new Label();
            error.setId("figureError-" + figure.code());
            error.getStyleClass().add("pc-error-text");
            error.textProperty().bind(figure.errorProperty());
            error.setWrapText(true);
            error.setMaxWidth(Double.MAX_VALUE);
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            VBox line = new VBox(2, top, error);
            line.setId("figureRow-" + figure.code());
            line.setPadding(new Insets(2, 4, 2, 0));
            box.getChildren().add(line);
            fields.add(field);
        }
    }

    /** The field after {@code field}, or null after the last. */
    TextField after(TextField field) {
        int index = fields.indexOf(field);
        return index >= 0 && index + 1 < fields.size() ? fields.get(index + 1) : null;
    }
}
