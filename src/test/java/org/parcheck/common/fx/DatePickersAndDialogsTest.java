package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.common.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dates typed day first on a computer whose locale reads month first (as an English Windows does), text that is not
 * a date, and dialogs in Vietnamese: buttons relabelled, no mnemonic underscore in the header.
 */
@ExtendWith(ApplicationExtension.class)
class DatePickersAndDialogsTest {

    private final Messages vietnamese = new Messages(Messages.VIETNAMESE);
    private DatePicker picker;
    private Locale before;

    @BeforeEach
    void englishComputer() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Start
    void start(Stage stage) {
        picker = new DatePicker();
        DatePickers.dayMonthYear(picker, vietnamese.get("common.date.invalid"));
        stage.setScene(new Scene(new VBox(picker), 300, 100));
        stage.show();
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> {
            picker.getEditor().setText(text);
            picker.commitValue();
        });
    }

    @Test
    void datesAreReadDayFirstAndBadTextKeepsTheValueAndSaysWhy(FxRobot robot) {
        type(robot, "05/01/2026");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(picker.getConverter().toString(picker.getValue())).isEqualTo("05/01/2026");
        type(robot, "30/6/2026");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(picker.getPseudoClassStates()).doesNotContain(DatePickers.INVALID);

        type(robot, "31/02/2026");
        assertThat(picker.getValue()).as("kept").isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(DatePickers.hasUnreadableText(picker)).isTrue();
        assertThat(picker.getTooltip().getText()).contains("ngày/tháng/năm");

        type(robot, "");
        assertThat(picker.getValue()).isNull();
        assertThat(DatePickers.hasUnreadableText(picker)).isFalse();
    }

    @Test
    void aWrongDateIsKeptAsTypedAndMarkedNeverErased(FxRobot robot) {
        robot.interact(picker::requestFocus);
        robot.write("31/02/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getEditor().getText()).as("kept as typed after Enter").isEqualTo("31/02/2026");
        assertThat(DatePickers.hasUnreadableText(picker)).isTrue();
        assertThat(picker.getValue()).isNull();

        robot.interact(() -> picker.getEditor().setText("30/06/2026"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(DatePickers.hasUnreadableText(picker)).isFalse();
        robot.interact(() -> picker.setValue(null));
        assertThat(picker.getEditor().getText()).as("cleared by the form after a row is added").isEmpty();
    }

    @Test
    void dialogsShowVietnameseButtonsAndNoMnemonicUnderscore(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = new Alert(Alert.AlertType.CONFIRMATION, "?", ButtonType.OK, ButtonType.CANCEL);
            alert[0].setHeaderText("_Mở lại");
            Dialogs.localize(alert[0], vietnamese.bundle());
        });
        assertThat(((Button) alert[0].getDialogPane().lookupButton(ButtonType.OK)).getText()).isEqualTo("Đồng ý");
        assertThat(((Button) alert[0].getDialogPane().lookupButton(ButtonType.CANCEL)).getText()).isEqualTo("Hủy");
        assertThat(alert[0].getHeaderText()).isEqualTo("Mở lại");
        assertThat(alert[0].getTitle()).isEqualTo("Xác nhận");
        assertThat(Dialogs.withoutMnemonic("A__B _C")).isEqualTo("A_B C");
    }
}
