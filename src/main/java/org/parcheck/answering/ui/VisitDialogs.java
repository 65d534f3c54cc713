package org.parcheck.answering.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.common.fx.ReportPreview;
import org.parcheck.common.i18n.Messages;

/**
 * The dialogs and file choosers of the visit screen, over its window and in the user's language: confirm a
 * provisional finalise, the reason to reopen, the keys (F1), the report preview, where to write the report and the
 * self-assessment form, and a refused form's problems. Questions, messages and choosers go through the app's
 * {@link DialogService}; the reason to reopen (a text to type) and the preview (pages) have no place there yet.
 */
final class VisitDialogs {

    /** Problems of a refused self-assessment form listed in its message; the rest are counted. */
    private static final int MAX_PROBLEMS_SHOWN = 25;

    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final ResourceBundle resources;
    private final Messages messages;

    VisitDialogs(DialogService dialogs, Supplier<Window> owner, ResourceBundle resources, Messages messages) {
        this.dialogs = dialogs;
        this.owner = owner;
        this.resources = resources;
        this.messages = messages;
    }

    private String text(String key) {
        return resources.getString(key).replace("_", "");
    }

    /** Whether to finalise although {@code provisional} items cannot be assessed (true when there are none). */
    boolean confirmProvisional(List<String> provisional) {
        if (provisional.isEmpty()) {
            return true;
        }
        return dialogs.confirm(text("answering.visit.finaliseProvisionalTitle"), messages.get(
                "answering.visit.finaliseProvisional", provisional.size(), String.join(", ", provisional)));
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
        dialogs.inform(text("answering.visit.shortcuts"), resources.getString("answering.visit.shortcutList"));
    }

    /** Shows the report's pages, with writing it as PDF or Word from the preview. */
    void preview(List<javafx.scene.image.Image> pages, Runnable pdf, Runnable docx) {
        ReportPreview.show(owner.get(), resources.getString("answering.visit.previewTitle"), pages, resources,
                List.of(new ReportPreview.Action(resources.getString("answering.visit.report"), pdf),
                        new ReportPreview.Action(resources.getString("answering.visit.reportDocx"), docx)));
    }

    /**
     * Where to write a file of {@code kind} ("PDF", "Word", "Excel"), offering {@code name}; {@code titleKey} names
     * the command.
     */
    Optional<Path> saveAs(String titleKey, String kind, String extension, String name) {
        return dialogs.saveFile(text(titleKey), name, List.of(DialogService.FileType.of(kind, extension)));
    }

    /** A spreadsheet to read; {@code titleKey} names the command. */
    Optional<Path> openWorkbook(String titleKey) {
        return dialogs.openFile(text(titleKey), List.of(DialogService.FileType.of("Excel", "xlsx")));
    }

    /** Lists why a self-assessment form was refused (the first ones, the rest counted). */
    void showSelfFormProblems(List<String> problems) {
        int shown = Math.min(problems.size(), MAX_PROBLEMS_SHOWN);
        StringBuilder text = new StringBuilder(String.join("\n", problems.subList(0, shown)));
        if (problems.size() > shown) {
            text.append("\n").append(messages.get("answering.visit.selfForm.moreProblems", problems.size() - shown));
        }
        dialogs.warn(text("answering.visit.selfForm.problemsTitle"), text.toString());
    }

    /** Whether to save {@code count} self scores, {@code replacing} of them over recorded ones. */
    boolean confirmSelfScores(int count, int replacing) {
        return dialogs.confirm(text("answering.visit.selfFormImport"), messages.get(replacing == 0
                ? "answering.visit.selfForm.confirmNew" : "answering.visit.selfForm.confirm", count, replacing));
    }
}
