package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.plan.VisitStatus;
import org.parcheck.scoring.ItemStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finalising the demo Hạ Lang visit on the real screen: the list of what blocks it follows the answers given
 * afterwards, and with only items that cannot be assessed left (an unknown figure) the screen asks before the
 * result is finalised as provisional.
 */
@ExtendWith(ApplicationExtension.class)
class VisitFinaliseTest {

    private AppServices services;
    private VisitViewModel viewModel;
    private long visitId;

    @Start
    void start(Stage stage) throws Exception {
        VisitScreens.Shown shown = VisitScreens.showHaLang(stage, "parcheck-finalise", 1200, 760);
        services = shown.services();
        viewModel = shown.viewModel();
        visitId = shown.visitId();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private List<ItemEntry> missing() {
        return viewModel.entries().stream().filter(e -> e.isLeaf() && e.status() == ItemStatus.MISSING).toList();
    }

    private void answer(FxRobot robot, ItemEntry entry) {
        robot.interact(() -> {
            switch (entry.kind()) {
                case YES_NO -> entry.valueProperty().set(Answer.YES);
                case CHOICE -> entry.valueProperty().set(entry.options().get(0).code());
                case MANUAL -> {
                    entry.valueProperty().set("0");
                    entry.manualReasonProperty().set("Chưa có kết quả khảo sát");
                }
                default -> entry.valueProperty().set("0");
            }
            viewModel.commit(entry);
        });
    }

    @Test
    void theBlockersFollowTheAnswersGivenAfterARefusal(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        int before = missing().size();
        assertThat(before).isGreaterThan(1);
        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.blockers().size() >= before);
        answer(robot, missing().get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.blockers()).as("the answered item left the list").hasSize(before - 1);
    }

    @Test
    void finalisingAProvisionalResultAsksFirst(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        missing().forEach(entry -> answer(robot, entry));
        assertThat(missing()).isEmpty();
        assertThat(viewModel.provisionalItems()).as("the unknown figure leaves an item not assessable").isNotEmpty();

        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("chưa đánh giá được").contains("tạm tính");
        Node cancel = dialog.lookupButton(ButtonType.CANCEL);
        assertThat(((Button) cancel).getText()).isEqualTo("Hủy");
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.answerService().status(visitId)).isEqualTo(VisitStatus.IN_PROGRESS);

        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane again = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(again.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.editableProperty().get());
        assertThat(services.answerService().status(visitId)).isEqualTo(VisitStatus.FINALISED);
    }
}
