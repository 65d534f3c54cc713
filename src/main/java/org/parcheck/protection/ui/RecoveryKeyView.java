package org.parcheck.protection.ui;

import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.i18n.Messages;

/** Controller of the recovery key, shown once: copy, print, and "Tôi đã ghi lại khoá khôi phục" before going on. */
public final class RecoveryKeyView {

    private final RecoveryKeyViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;

    @FXML private VBox recoveryKeyPane;
    @FXML private Label keyLabel;
    @FXML private Label copiedLabel;
    @FXML private CheckBox writtenCheckBox;
    @FXML private Button continueButton;

    public RecoveryKeyView(RecoveryKeyViewModel viewModel, Messages messages, DialogService dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        keyLabel.setText(viewModel.shownText());
        writtenCheckBox.selectedProperty().bindBidirectional(viewModel.writtenProperty());
        continueButton.disableProperty().bind(viewModel.writtenProperty().not());
        // what "In" prints, for tests that read the page instead of printing it
        recoveryKeyPane.getProperties().put(RecoveryKeySheet.PROPERTY,
                (Supplier<Node>) () -> RecoveryKeySheet.build(viewModel.printLines()));
    }

    @FXML
    private void onCopy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.copyText());
        Clipboard.getSystemClipboard().setContent(content);
        copiedLabel.setText(messages.get("protection.recovery.copied"));
    }

    /** "In": the sheet of {@link RecoveryKeySheet} through the printer the user picks in the system dialog. */
    @FXML
    private void onPrint() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.warn(messages.get("protection.recovery.title"), messages.get("protection.recovery.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(recoveryKeyPane.getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        if (job.printPage(RecoveryKeySheet.build(viewModel.printLines()))) {
            job.endJob();
        } else {
            job.cancelJob();
            dialogs.warn(messages.get("protection.recovery.title"), messages.get("protection.recovery.printFailed"));
        }
    }

    @FXML
    private void onContinue() {
        viewModel.confirm();
    }
}
