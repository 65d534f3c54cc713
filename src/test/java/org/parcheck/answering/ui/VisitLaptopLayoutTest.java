package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #16 §2–§4 on a 1366×768 laptop, with the app's theme: Enter through the figures keeps the field in focus inside
 * the checklist's viewport; a figure's problem wraps under it, never cut; the header never says "saved" while a
 * figure holds "52o"; and on a visit just begun, progress is the main indicator while the score is small and marked
 * provisional.
 */
@ExtendWith(ApplicationExtension.class)
class VisitLaptopLayoutTest {

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;

    private AppServices services;
    private VisitViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = TempFolders.create("parcheck-laptop");
        services = AppServices.open(dataDir);
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        long visitId = services.plans().insertVisit(Visit.planned(plan.plan().id(), haLang.visit().unitId(),
                LocalDate.of(2026, 3, 4), "UBND huyện Hạ Lang")
                .withFrameworkVersion(haLang.visit().frameworkVersionId())).id();
        FinalisedVisits.fillReportPartAhead(services.answerService(), visitId);
        Messages messages = new Messages(Messages.VIETNAMESE);
        viewModel = VisitScreens.viewModel(services, visitId, messages);
        Scene scene = new Scene(VisitScreens.load(services, dataDir, visitId, viewModel, messages), WIDTH, HEIGHT);
        scene.getStylesheets().add(getClass().getResource("/org/parcheck/app/theme.css").toExternalForm());
        stage.setScene(scene);
        // the stage is shared by every TestFX test in this JVM: an earlier one may have left it another size
        stage.setMaximized(false);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void enterThroughTheFiguresKeepsTheFieldInViewAndProblemsWrapUnderIt(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        ScrollPane scroll = robot.lookup("#checklistScroll").queryAs(ScrollPane.class);
        Bounds viewport = inScene(scroll);
        List<FigureEntry> figures = List.copyOf(viewModel.figures());
        robot.clickOn("#figure-" + figures.get(0).code());
        // an unreadable value in every figure: each line gets its problem under it, so the block grows
        for (int i = 0; i < figures.size(); i++) {
            robot.write("52o");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = scroll.getScene().getFocusOwner();
            Bounds bounds = inScene(focused);
            assertThat(bounds.getMaxY()).as("after Enter on figure %d the field in focus is in view", i + 1)
                    .isLessThanOrEqualTo(viewport.getMaxY());
            assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY());
        }

        Label error = robot.lookup("#figureError-" + figures.get(0).code()).queryAs(Label.class);
        assertThat(error.getText()).isNotBlank();
        assertThat(error.isWrapText()).isTrue();
        assertThat(error.getHeight()).as("the problem is shown whole: " + error.getText())
                .isGreaterThanOrEqualTo(error.prefHeight(error.getWidth()) - 0.5);
        assertThat(error.getWidth()).isGreaterThanOrEqualTo(Math.min(error.prefWidth(-1), error.getMaxWidth()) - 0.5);
        Bounds field = inScene(robot.lookup("#figure-" + figures.get(0).code()).query());
        assertThat(inScene(error).getMinY()).as("under its field").isGreaterThanOrEqualTo(field.getMaxY());

        Label state = robot.lookup("#saveStateLabel").queryAs(Label.class);
        assertThat(state.getText()).as("the header says what is not saved").startsWith("Chưa lưu")
                .contains(figures.get(0).name()).doesNotContain("Đã lưu");
        assertThat(state.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("problem"));
    }

    @Test
    void progressFirstTheScoreSmallAndProvisionalOnAVisitJustBegun(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        Label progress = robot.lookup("#progressLabel").queryAs(Label.class);
        Label percent = robot.lookup("#percentLabel").queryAs(Label.class);
        assertThat(progress.getText()).matches("Đã chấm 0/\\d+ mục, " + viewModel.figures().size()
                + " số liệu còn thiếu");
        assertThat(percent.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("provisional"));
        assertThat(percent.getFont().getSize()).as("the score is not the main indicator")
                .isLessThan(progress.getFont().getSize());
        Bounds progressBounds = inScene(progress);
        assertThat(progressBounds.getMaxY()).as("progress comes first").isLessThanOrEqualTo(inScene(percent).getMinY());
    }
}
