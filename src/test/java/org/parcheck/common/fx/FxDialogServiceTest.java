package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.common.fx.DialogService.FileType;
import org.parcheck.common.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The JavaFX dialog service: localised alerts over the window in use, answers read back, file names completed. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private Stage owner;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new VBox(), 900, 600));
        stage.setX(200);
        stage.setY(100);
        stage.show();
        dialogs = new FxDialogService(new Messages(Messages.VIETNAMESE), () -> owner);
    }

    @Test
    void aConfirmationIsInVietnameseOverItsOwnerAndReadsTheAnswer(FxRobot robot) {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("Khôi phục", "Khôi phục bản sao lưu?")));
        WaitForAsyncUtils.waitForFxEvents();
        Stage alert = shownAlert();
        assertThat(alert.getOwner()).isSameAs(owner);
        assertThat(alert.getTitle()).isEqualTo("Xác nhận");
        DialogPane pane = pane(alert);
        assertThat(((Button) pane.lookupButton(ButtonType.CANCEL)).getText()).isEqualTo("Hủy");
        double middle = alert.getX() + alert.getWidth() / 2;
        assertThat(middle).isCloseTo(owner.getX() + owner.getWidth() / 2, offset(2.0));
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isTrue();
    }

    @Test
    void aQuestionWithItsOwnButtonsIsFalseWhenCancelled(FxRobot robot) {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("Hỏng", "Tệp dữ liệu hỏng.", "Khôi phục", "Giữ nguyên")));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = pane(shownAlert());
        Button keep = pane.getButtonTypes().stream()
                .filter(type -> type.getText().equals("Giữ nguyên"))
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
        robot.interact(keep::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isFalse();
    }

    @Test
    void anErrorDoesNotWaitAndIsTitledInTheLanguage(FxRobot robot) {
        robot.interact(() -> dialogs.error("Xuất", "Không ghi được tệp."));
        Stage alert = shownAlert();
        try {
            assertThat(alert.getTitle()).isEqualTo("Lỗi");
            assertThat(pane(alert).getHeaderText()).isEqualTo("Xuất");
            assertThat(pane(alert).getContentText()).isEqualTo("Không ghi được tệp.");
        } finally {
            robot.interact(alert::close);
        }
    }

    @Test
    void aDialogWindowOpensModalOverTheWindowInUse(FxRobot robot) {
        WindowSizing.Size size = WindowSizing.fitted(600, 400);
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = new Stage();
            dialog[0].setScene(new Scene(new VBox(), size.width(), size.height()));
            dialogs.showOver(dialog[0], size);
        });
        try {
            assertThat(dialog[0].getOwner()).isSameAs(owner);
            assertThat(dialog[0].getX()).isGreaterThan(owner.getX());
            assertThat(dialog[0].getMinWidth()).isEqualTo(size.width());
        } finally {
            robot.interact(dialog[0]::close);
        }
    }

    @Test
    void aSavedFileNameGetsTheExtensionTypedWithoutIt() {
        List<FileType> excel = List.of(FileType.of("Excel", "xlsx"));
        assertThat(FxDialogService.withExtension(Path.of("/tmp/ket-qua"), excel)).isEqualTo(Path.of("/tmp/ket-qua.xlsx"));
        assertThat(FxDialogService.withExtension(Path.of("/tmp/ket-qua.XLSX"), excel))
                .isEqualTo(Path.of("/tmp/ket-qua.XLSX"));
        assertThat(FxDialogService.withExtension(Path.of("/tmp/a.docx"),
                List.of(FileType.of("PDF", "pdf"), FileType.of("Word", "docx")))).isEqualTo(Path.of("/tmp/a.docx"));
        assertThat(FileType.of("Excel", "xlsx", "xls").patterns()).containsExactly("*.xlsx", "*.xls");
    }

    /** The alert's window, and its content. */
    private static Stage shownAlert() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof DialogPane)
                .map(Stage.class::cast).findFirst().orElseThrow();
    }

    private static DialogPane pane(Stage alert) {
        return (DialogPane) alert.getScene().getRoot();
    }
}
