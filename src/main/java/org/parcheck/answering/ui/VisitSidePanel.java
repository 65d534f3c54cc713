package org.parcheck.answering.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The panel beside the checklist, bound to its view models (#16 §4): progress first, large; the total, percentage
 * and classification small and muted (pseudo-class {@code :provisional}) until the visit is mostly answered; the
 * finalise blockers, wrapping; the areas with their bars.
 */
final class VisitSidePanel {

    /** The score while the visit is far from answered: small and muted, not the main indicator. */
    static final PseudoClass PROVISIONAL = PseudoClass.getPseudoClass("provisional");

    private final VBox areaBox;

    VisitSidePanel(VBox areaBox) {
        this.areaBox = areaBox;
    }

    /** Binds the progress, score and classification labels to {@code score}. */
    void bindScore(VisitScorePanel score, Label progress, Label progressDetail, Label total, Label percent,
            Label classification) {
        progress.textProperty().bind(score.progressTextProperty());
        progressDetail.textProperty().bind(score.progressDetailProperty());
        total.textProperty().bind(score.totalTextProperty());
        percent.textProperty().bind(score.percentTextProperty());
        classification.textProperty().bind(score.classificationTextProperty());
        Runnable mark = () -> {
            boolean provisional = !score.mostlyAnsweredProperty().get();
            for (Label label : List.of(total, percent, classification)) {
                label.pseudoClassStateChanged(PROVISIONAL, provisional);
            }
        };
        score.mostlyAnsweredProperty().addListener((obs, was, now) -> mark.run());
        mark.run();
        score.areas().addListener((ListChangeListener<AreaResult>) change -> showAreas(score.areas()));
    }

    /** Shows {@code blockers} under their title, wrapping, only when there are some. */
    static void bindBlockers(ObservableList<String> blockers, ListView<String> list, Label title) {
        list.setItems(blockers);
        list.setCellFactory(view -> new WrappingCell(view));
        list.visibleProperty().bind(Bindings.isNotEmpty(blockers));
        list.managedProperty().bind(list.visibleProperty());
        title.visibleProperty().bind(list.visibleProperty());
        title.managedProperty().bind(list.visibleProperty());
    }

    /** The note and the flag edit the selected item; they are saved when the note loses focus or on a tick. */
    static void bindNoteAndFlag(VisitViewModel viewModel, TextArea noteArea, CheckBox flagCheckBox) {
        noteArea.editableProperty().bind(viewModel.editableProperty());
        flagCheckBox.disableProperty().bind(viewModel.editableProperty().not()
                .or(viewModel.selection().entryProperty().isNull()));
        viewModel.selection().entryProperty().addListener((obs, old, entry) -> {
            if (old != null) {
                noteArea.textProperty().unbindBidirectional(old.noteProperty());
                flagCheckBox.selectedProperty().unbindBidirectional(old.flaggedProperty());
            }
            if (entry != null) {
                noteArea.textProperty().bindBidirectional(entry.noteProperty());
                flagCheckBox.selectedProperty().bindBidirectional(entry.flaggedProperty());
            }
        });
        noteArea.focusedProperty().addListener((obs, was, focused) -> {
            ItemEntry entry = viewModel.selection().entryProperty().get();
            if (!focused && entry != null) {
                viewModel.commit(entry);
            }
        });
        flagCheckBox.setOnAction(e -> {
            ItemEntry entry = viewModel.selection().entryProperty().get();
            if (entry != null) {
                viewModel.commit(entry);
            }
        });
    }

    void showAreas(List<AreaResult> areas) {
        areaBox.getChildren().clear();
        for (AreaResult area : areas) {
            Label title = new Label(area.title());
            title.setWrapText(true);
            ProgressBar bar = new ProgressBar(Math.max(area.fraction(), 0));
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label points = new Label(area.points());
            points.setMinWidth(90);
            VBox box = new VBox(1, title, new HBox(6, bar, points));
            if (!area.zeroedNote().isEmpty()) {
                Label zeroed = new Label(area.zeroedNote());
                zeroed.setWrapText(true);
                zeroed.getStyleClass().add("pc-error-text");
                box.getChildren().add(zeroed);
            }
            areaBox.getChildren().add(box);
        }
    }

    /** A blocker line wraps within the list's width instead of being cut ("Biên bản: chưa đánh dấu thành…"). */
    private static final class WrappingCell extends ListCell<String> {

        WrappingCell(ListView<String> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(18));
            setMaxWidth(Control.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
        }
    }
}
