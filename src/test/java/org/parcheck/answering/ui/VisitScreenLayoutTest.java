package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The visit screen at the width it gets in the main window on a 1366 px laptop (about 960 px beside the
 * navigation): the heading is shown whole, and on the findings tab no button or check box is cut short and no
 * input field is squeezed to a sliver (both happened before the rows were laid out again).
 */
@ExtendWith(ApplicationExtension.class)
class VisitScreenLayoutTest {

    private static final double WIDTH = 960;

    private AppServices services;
    private VisitViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dataDir = TempFolders.create("parcheck-layout");
        services = AppServices.open(dataDir);
        long visitId = VisitScreens.haLang(services).visit().id();
        Messages messages = new Messages(Messages.VIETNAMESE);
        viewModel = VisitScreens.viewModel(services, visitId, messages);
        stage.setScene(new Scene(VisitScreens.load(services, dataDir, visitId, viewModel, messages), WIDTH, 700));
        // the stage is shared by every TestFX test in this JVM: an earlier test may have left it maximised (the main
        // window's first start) or another size
        stage.setMaximized(false);
        stage.setWidth(WIDTH);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void nothingIsCutShortAt960Pixels(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        Labeled heading = robot.lookup("#headingLabel").queryLabeled();
        assertThat(heading.getText()).isEqualTo("Kiểm tra tại huyện Hạ Lang");
        assertThat(heading.getWidth()).as("the heading is shown whole").isGreaterThanOrEqualTo(heading.prefWidth(-1));

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Node findings = tabs.getSelectionModel().getSelectedItem().getContent();
        List<String> cut = new ArrayList<>();
        for (Node node : findings.lookupAll(".button, .check-box")) {
            ButtonBase button = (ButtonBase) node;
            if (button.isVisible() && button.getWidth() + 0.5 < button.prefWidth(-1)) {
                cut.add(button.getText() + " " + button.getWidth() + " < " + button.prefWidth(-1));
            }
        }
        for (Node node : findings.lookupAll(".text-field")) {
            if (node instanceof TextField field && field.isVisible() && field.getWidth() < 60) {
                cut.add((field.getPromptText() == null ? field.getId() : field.getPromptText()) + " "
                        + field.getWidth());
            }
        }
        assertThat(cut).as("controls cut short or squeezed").isEmpty();
    }

    @Test
    void narrowChecklistGivesTitlesTheirOwnLine(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        Node row = robot.lookup("#row-1_1_1").query();
        Label title = (Label) row.lookupAll(".label").stream()
                .filter(n -> ((Label) n).getText().startsWith("Ban hành kế hoạch CCHC năm")).findFirst().orElseThrow();
        Node input = robot.lookup("#input-1_1_1").query();

        // 960 px: the checklist is narrower than the line needs, so the answer goes under the title
        Bounds titleBounds = title.localToScene(title.getLayoutBounds());
        Bounds inputBounds = input.localToScene(input.getLayoutBounds());
        assertThat(inputBounds.getMinY()).as("answer under the title").isGreaterThanOrEqualTo(titleBounds.getMaxY());
        assertThat(title.getWidth()).as("the title shown on one line").isGreaterThanOrEqualTo(title.prefWidth(-1));

        // a wide window: one line per item again, the answer beside the title (within the headless screen's 1280 px:
        // a wider window overflows its frame buffer and fails the tests after this one)
        robot.interact(() -> stage.setWidth(1270));
        WaitForAsyncUtils.waitForFxEvents();
        titleBounds = title.localToScene(title.getLayoutBounds());
        inputBounds = input.localToScene(input.getLayoutBounds());
        assertThat(inputBounds.getMinY()).as("answer beside the title").isLessThan(titleBounds.getMaxY());
        assertThat(inputBounds.getMinX()).isGreaterThan(titleBounds.getMinX() + 300);
        assertThat(robot.lookup("#self-1_1_1").query().isVisible()).isTrue();
        robot.interact(() -> stage.setWidth(WIDTH));
    }
}
