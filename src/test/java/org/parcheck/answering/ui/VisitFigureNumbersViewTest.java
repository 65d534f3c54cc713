package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.testing.OnScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #16 §1 through the real visit screen: a figure typed "1.200", as it stands in a unit's report and in the
 * biên bản, is shown as understood ("= 1.200 hồ sơ") beside the field and saved as 1200, not refused as 1,2.
 */
@ExtendWith(ApplicationExtension.class)
class VisitFigureNumbersViewTest {

    private VisitScreens.Shown shown;

    @Start
    void start(Stage stage) throws Exception {
        stage.setMaximized(false);
        stage.setWidth(1100);
        stage.setHeight(700);
        shown = VisitScreens.showHaLang(stage, "parcheck-figure-numbers", 1100, 700);
    }

    @AfterEach
    void tearDown() {
        shown.services().close();
    }

    @Test
    void aFigureTypedWithADotBetweenThousandsIsShownAndSavedAsMeant(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(shown.viewModel());
        TextField field = robot.lookup("#figure-received").queryAs(TextField.class);
        Label understood = robot.lookup("#figureValue-received").queryAs(Label.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("1.200");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(understood.getText()).isEqualTo("= 1.200 hồ sơ");
        assertThat(understood.isVisible()).isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new BigDecimal("1200").equals(
                shown.services().answerService().sheet(shown.visitId()).figures().get("received")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("1.200");
        assertThat(understood.getText()).isEqualTo("= 1.200 hồ sơ");
        assertThat(robot.lookup(".pc-error-text").queryAllAs(Label.class))
                .noneMatch(l -> l.getText().contains("số nguyên"));
        keep(robot, field);
    }

    /** Keeps a picture of the figures block, target/screenshots/figure-understood.png, to look at. */
    private static void keep(FxRobot robot, TextField field) {
        robot.interact(() -> OnScreen.shoot(field.getParent(), "figure-understood"));
    }
}
