package org.parcheck.answering.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.fx.ReportPreview;
import org.parcheck.common.i18n.Messages;

/**
 * The dialogs and file choosers of the visit screen, over its window and in the user's language: confirm a
 * provisional finalise, the reason to reopen, the keys (F1), the report preview, where to write the report and the
 * self-assessment form, and a refused form's problems.
 */
final class VisitDialogs {

    /** Problems of a refused self-assessment form listed in its message; the rest are counted. */
    private static final int MAX_PROBLEMS_SHOWN = 25;

    private final Supplier<Window> owner;
    private final ResourceBundle resources;
    private final Messages messages;

    VisitDialogs(Supplier<Window> owner, ResourceBundle resources, Messages messages) {
        this.owner = owner;
        this.resources = resources;
        this.messages = messages;
    }

    /** Whether to finalise although {@code provisional} items cannot be assessed (true when there are none). */
    boolean confirmProvisional(List<String> provisional) {
        if (provisional.isEmpty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("answering.visit.finaliseProvisional",
                provisional.size(), String.join(", ", provisional)), ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(resources.getString("answering.visit.finaliseProvisionalTitle"));
        alert.initOwner(owner.get());
        return Dialogs.localize(alert, resources).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** The reason to reopen a finalised visit, if one is given. */
    Optional<String> reopenReason() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(resources.getString("answering.visit.reopen"));
        dialog.setHeaderText(resources.getString("answering.visit.reopenQuestion"));
        dialog.initOwner(owner.get());
        return Dialogs.localize(dialog, resources).showAndWait();
    }

    /** The keys of the visit screen (F1). */
    void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, resources.getString("answering.visit.shortcutList"),
                ButtonType.OK);
        alert.setHeaderText(resources.getString("answering.visit.shortcuts"));
        alert.initOwner(owner.get());
        Dialogs.localize(alert, resources).show();
    }

    /** Shows the report's pages, with writing it as PDF or Word from the preview. */
    void preview(List<javafx.scene.image.Image> pages, Runnable pdf, Runnable docx) {
        ReportPreview.show(owner.get(), resources.getString("answering.visit.previewTitle"), pages, resources,
                List.of(new ReportPreview.Action(resources.getString("answering.visit.report"), pdf),
                        new ReportPreview.Action(resources.getString("answering.visit.reportDocx"), docx)));
    }

    /** Where to write a file of {@code kind} ("PDF", "Word", "Excel"), offering {@code name}. */
    Optional<Path> saveAs(String kind, String extension, String name) {
        FileChooser chooser = FileChoosers.create();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        chooser.setInitialFileName(name);
        return Optional.ofNullable(FileChoosers.save(chooser, owner.get())).map(File::toPath);
    }

    /** A spreadsheet to read. */
    Optional<Path> openWorkbook() {
        FileChooser chooser = FileChoosers.create();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        return Optional.ofNullable(FileChoosers.open(chooser, owner.get())).map(File::toPath);
    }

    /** Lists why a self-assessment form was refused (the first ones, the rest counted). */
    void showSelfFormProblems(List<String> problems) {
        int shown = Math.min(problems.size(), MAX_PROBLEMS_SHOWN);
        StringBuilder text = new StringBuilder(String.join("\n", problems.subList(0, shown)));
        if (problems.size() > shown) {
            text.append("\n").append(messages.get("answering.visit.selfForm.moreProblems", problems.size() - shown));
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, text.toString(), ButtonType.OK);
        alert.setHeaderText(resources.getString("answering.visit.selfForm.problemsTitle"));
        alert.initOwner(owner.get());
        Dialogs.localize(alert, resources).show();
    }

    /** Whether to save {@code count} self scores, {@code replacing} of them over recorded ones. */
    boolean confirmSelfScores(int count, int replacing) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get(replacing == 0 ? "answering.visit.selfForm.confirmNew"
                        : "answering.visit.selfForm.confirm", count, replacing), ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(resources.getString("answering.visit.selfFormImport"));
        alert.initOwner(owner.get());
        return Dialogs.localize(alert, resources).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
