package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;
import org.parcheck.plan.VisitStatus;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real visit screen on a real H2 file: a new visit answered with the keyboard only, the on-time explanation,
 * finalising blocked by a missing item and jumping to it, finalising, read-only, reopening with a reason, and
 * every answer still there after the database is closed and opened again.
 */
@ExtendWith(ApplicationExtension.class)
class VisitViewTest {

    private Path dataDir;
    private AppServices services;
    private long visitId;
    private VisitViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = TempFolders.create("parcheck-visit");
        services = AppServices.open(dataDir);
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        visitId = services.plans().insertVisit(Visit.planned(plan.plan().id(), haLang.visit().unitId(),
                LocalDate.of(2022, 10, 4), "UBND huyện Hạ Lang")
                .withFrameworkVersion(haLang.visit().frameworkVersionId())).id();
        // the report part (#15) is not what this test is about: filled in, evidence cited
        FinalisedVisits.fillReportPartAhead(services.answerService(), visitId);
        Messages messages = new Messages(Messages.VIETNAMESE);
        viewModel = VisitScreens.viewModel(services, visitId, messages);
        stage.setScene(new Scene(VisitScreens.load(services, dataDir, visitId, viewModel, messages), 1200, 760));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private static final String[][] SEED_FIGURES = {
        {"received", "1081"}, {"receivedOnline", "434"}, {"resolved", "1068"}, {"resolvedOnTime", "924"},
        {"inProgress", "13"}, {"postal", "94"}, {"outgoingDocs", "3601"}, {"signedDocs", "3432"},
        {"proceduresPosted", "221"},
    };

    @Test
    void aWholeVisitWithTheKeyboardOnly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<FigureEntry> figures = List.copyOf(viewModel.figures());
        robot.clickOn("#figure-" + figures.get(0).code());
        for (FigureEntry figure : figures) {
            String value = valueFor(figure.code());
            if (!value.isEmpty()) {
                robot.write(value);
            }
            robot.type(KeyCode.ENTER);
        }
        String skipped = null;
        String onTimeCode = null;
        List<ItemEntry> leaves = viewModel.entries().stream().filter(ItemEntry::isLeaf)
                .filter(e -> e.kind() != ItemEntry.InputKind.COMPUTED).toList();
        for (ItemEntry entry : leaves) {
            if (skipped == null && entry.kind() == ItemEntry.InputKind.YES_NO) {
                skipped = entry.code();
                robot.type(KeyCode.ENTER);
                continue;
            }
            switch (entry.kind()) {
                case YES_NO -> robot.type(KeyCode.C);
                case CHOICE -> robot.type(KeyCode.DIGIT1);
                case NUMBER, OCCURRENCES -> robot.write("1");
                case MANUAL -> robot.write("1").type(KeyCode.TAB).write("Đạt");
                default -> { }
            }
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> viewModel.saveStateProperty().get().startsWith("Đã lưu"));
        WaitForAsyncUtils.waitForFxEvents();

        for (ItemEntry e : viewModel.entries()) {
            if (e.isLeaf() && e.explanation().contains("924 / 1.068")) {
                onTimeCode = e.code();
            }
        }
        assertThat(onTimeCode).as("an item explains the on-time ratio").isNotNull();
        final String onTime = onTimeCode;
        robot.interact(() -> viewModel.select(onTime));
        assertThat(robot.lookup("#explanationLabel").queryLabeled().getText()).contains("86,52");

        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.blockers().isEmpty());
        ListView<String> blockers = robot.lookup("#blockerList").queryListView();
        final String missing = skipped;
        assertThat(blockers.getItems()).anyMatch(line -> line.startsWith(missing + " "));
        int index = blockers.getItems().indexOf(blockers.getItems().stream()
                .filter(line -> line.startsWith(missing + " ")).findFirst().orElseThrow());
        robot.interact(() -> {
            blockers.requestFocus();
            blockers.getSelectionModel().select(index);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.targetWindow().getScene().getFocusOwner();
        assertTrue(isWithin(focused, "#row-" + ChecklistRows.idOf(missing), robot), "jumped to " + missing);
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> viewModel.saveStateProperty().get().startsWith("Đã lưu"));

        // items that read unknown figures cannot be assessed: the screen asks before finalising a provisional result
        boolean provisional = !viewModel.provisionalItems().isEmpty();
        robot.clickOn("#finaliseButton");
        if (provisional) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.editableProperty().get());
        assertEquals(VisitStatus.FINALISED, services.answerService().status(visitId));
        Node missingInput = robot.lookup("#input-" + ChecklistRows.idOf(missing)).query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, missingInput::isDisabled);
        assertFalse(robot.lookup("#finaliseButton").query().isVisible(), "only the action that applies is shown");
        assertTrue(robot.lookup("#reopenButton").query().isVisible());

        robot.clickOn("#reopenButton");
        WaitForAsyncUtils.waitForFxEvents();
        TextField reason = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.clickOn(reason);
        robot.interact(() -> reason.setText("Bổ sung tài liệu"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.editableProperty().get());
        assertEquals(VisitStatus.IN_PROGRESS, services.answerService().status(visitId));
        assertTrue(robot.lookup("#finaliseButton").query().isVisible());
        assertFalse(robot.lookup("#reopenButton").query().isVisible());

        int answered = leaves.size();
        services.close();
        services = AppServices.open(dataDir);
        AnswerSheet again = services.answerService().sheet(visitId);
        assertEquals(answered, again.answers().size(), "every answer is there after reopening the database");
        assertEquals(0, new BigDecimal("924").compareTo(again.figures().get("resolvedOnTime")));
        assertThat(services.answerService().changeLog(visitId)).anySatisfy(e -> {
            assertEquals("status", e.field());
            assertEquals("Bổ sung tài liệu", e.reason());
        });
    }

    private static String valueFor(String figure) {
        for (String[] pair : SEED_FIGURES) {
            if (pair[0].equals(figure)) {
                return pair[1];
            }
        }
        return figure.equals("proceduresInScope") ? "" : "5";
    }

    static boolean isWithin(Node node, String query, FxRobot robot) {
        Node row = robot.lookup(query).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == row) {
                return true;
            }
        }
        return false;
    }
}
