package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.Answer;
import org.parcheck.answering.Recommendation;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.DatePickers;
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
 * #16 §3, one keyboard rule on the real visit screen (real FXML, a real H2 file): Enter after a manual score goes to
 * its reason; Ctrl+K makes an item N/A and asks for the reason, which is stored with it; Ctrl+F from another tab
 * shows the item found; Enter in a recommendation's deadline adds the row and goes back to the form's first field; a
 * wrong date is kept as typed and marked; refusals are red and under the form they refuse.
 */
@ExtendWith(ApplicationExtension.class)
class VisitKeyboardTest {

    private AppServices services;
    private long visitId;
    private VisitViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = TempFolders.create("parcheck-keys");
        services = AppServices.open(dataDir);
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        visitId = services.plans().insertVisit(Visit.planned(plan.plan().id(), haLang.visit().unitId(),
                LocalDate.of(2026, 3, 4), "UBND huyện Hạ Lang")
                .withFrameworkVersion(haLang.visit().frameworkVersionId())).id();
        Messages messages = new Messages(Messages.VIETNAMESE);
        viewModel = VisitScreens.viewModel(services, visitId, messages);
        stage.setScene(new Scene(VisitScreens.load(services, dataDir, visitId, viewModel, messages), 1366, 768));
        stage.setMaximized(false);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private ItemEntry first(ItemEntry.InputKind kind) {
        return viewModel.entries().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    private Node focusOwner(FxRobot robot) {
        return robot.lookup("#visitTabs").query().getScene().getFocusOwner();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterAfterAManualScoreGoesToItsReason(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        ItemEntry manual = first(ItemEntry.InputKind.MANUAL);
        String id = ChecklistRows.idOf(manual.code());
        robot.interact(() -> robot.lookup("#input-" + id).query().requestFocus());
        robot.write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot)).as("the reason, not the next item").isSameAs(robot.lookup("#reason-" + id)
                .query());
        robot.write("Đủ hồ sơ").type(KeyCode.ENTER);
        await(() -> "Đủ hồ sơ".equals(services.answerService().sheet(visitId).answer(manual.code())
                .manualReason()));
        assertThat(focusOwner(robot)).as("then on to the next item").isNotSameAs(robot.lookup("#reason-" + id)
                .query());
    }

    @Test
    void ctrlKMakesAnItemNotApplicableAndAsksForItsReason(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        ItemEntry item = first(ItemEntry.InputKind.YES_NO);
        String id = ChecklistRows.idOf(item.code());
        robot.interact(() -> viewModel.select(item.code()));
        robot.interact(() -> robot.lookup("#input-" + id).query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField reason = robot.lookup("#naReason-" + id).queryAs(TextField.class);
        assertThat(item.notApplicableProperty().get()).isTrue();
        assertThat(reason.isVisible()).isTrue();
        assertThat(focusOwner(robot)).as("the reason is asked for").isSameAs(reason);
        assertThat(item.valueProperty().get()).as("Ctrl+K is not K (Không)").isEmpty();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-" + id).queryAs(Label.class).getText()).contains("lý do");
        assertThat(robot.lookup("#saveStateLabel").queryAs(Label.class).getText()).startsWith("Chưa lưu")
                .contains(item.code());
        assertThat(services.answerService().sheet(visitId).answer(item.code()).notApplicable())
                .as("not saved without its reason").isFalse();
        assertThat(focusOwner(robot)).isSameAs(reason);

        robot.write("Đơn vị không có bộ phận một cửa").type(KeyCode.ENTER);
        await(() -> services.answerService().sheet(visitId).answer(item.code()).notApplicable());
        Answer stored = services.answerService().sheet(visitId).answer(item.code());
        assertThat(stored.note()).as("the reason is stored as the answer's note")
                .isEqualTo("Đơn vị không có bộ phận một cửa");
        robot.interact(() -> viewModel.select(item.code()));
        assertThat(robot.lookup("#noteArea").queryTextInputControl().getText()).as("the note beside the checklist")
                .isEqualTo(stored.note());
        assertThat(robot.lookup("#score-" + id).queryAs(Label.class).getText()).isEqualTo("Không áp dụng");
        await(() -> robot.lookup("#saveStateLabel").queryAs(Label.class).getText().startsWith("Đã lưu"));
    }

    @Test
    void shortcutsWithYOrNOnAYesNoItemDoNotAnswerIt(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        ItemEntry item = first(ItemEntry.InputKind.YES_NO);
        String id = ChecklistRows.idOf(item.code());
        robot.interact(() -> viewModel.select(item.code()));
        robot.interact(() -> robot.lookup("#input-" + id).query().requestFocus());
        // Ctrl+Y is redo, Ctrl+Shift+Y the window's sync (#17), Ctrl+C copy, Ctrl+N and Alt+C belong to others
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(item.valueProperty().get()).as("a shortcut is not the letter's answer").isEmpty();
        assertThat(services.answerService().sheet(visitId).answer(item.code()).value()).isNull();

        robot.type(KeyCode.Y);
        await(() -> Answer.YES.equals(services.answerService().sheet(visitId).answer(item.code()).value()));
        assertThat(item.valueProperty().get()).as("the letter alone still answers").isEqualTo(Answer.YES);
    }

    @Test
    void ctrlFFromTheSecondTabShowsTheItemFound(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        TabPane tabs = robot.lookup("#visitTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#findingTextField").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Tab checklist = tabs.getTabs().get(0);
        assertThat(tabs.getSelectionModel().getSelectedItem()).isSameAs(checklist);
        assertThat(focusOwner(robot)).isSameAs(robot.lookup("#findField").query());
        robot.write("3.2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selection().code()).startsWith("3.2");
        assertThat(VisitViewTest.isWithin(focusOwner(robot), "#row-" + ChecklistRows.idOf(viewModel.selection()
                .code()), robot)).as("the item found has the focus").isTrue();
    }

    @Test
    void enterInTheDeadlineAddsTheRecommendationAndAWrongDateIsKeptAndMarked(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        TabPane tabs = robot.lookup("#visitTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TextField text = robot.lookup("#recommendationField").queryAs(TextField.class);
        DatePicker deadline = robot.lookup("#deadlinePicker").queryAs(DatePicker.class);
        await(() -> !text.isDisabled());
        robot.interact(() -> text.setText("Công khai thủ tục tại bộ phận một cửa"));
        robot.interact(deadline::requestFocus);
        robot.write("31/02/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deadline.getEditor().getText()).as("kept as typed").isEqualTo("31/02/2026");
        assertThat(DatePickers.hasUnreadableText(deadline)).as("marked").isTrue();
        Label refusal = robot.lookup("#recommendationsRefusalLabel").queryAs(Label.class);
        assertThat(refusal.getText()).contains("chưa thêm");
        assertThat(refusal.getStyleClass()).contains("pc-error-text");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).as("not at the top").isEmpty();
        assertThat(refusal.localToScene(0, 0).getY()).as("under the recommendation form")
                .isGreaterThan(deadline.localToScene(0, 0).getY());
        assertThat(services.answerService().sheet(visitId).recommendations()).isEmpty();

        robot.interact(() -> deadline.getEditor().clear());
        robot.write("30/06/2026").type(KeyCode.ENTER);
        await(() -> services.answerService().sheet(visitId).recommendations().size() == 1);
        Recommendation saved = services.answerService().sheet(visitId).recommendations().get(0);
        assertThat(saved.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        await(() -> text.getText().isEmpty());
        assertThat(focusOwner(robot)).as("back to the form's first field").isSameAs(text);
        assertThat(refusal.isVisible()).isFalse();
    }

    @Test
    void aRefusedEvidenceRowIsSaidInRedUnderTheEvidenceForm(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        TabPane tabs = robot.lookup("#visitTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TextField item = robot.lookup("#evidenceItemField").queryAs(TextField.class);
        await(() -> !item.isDisabled());
        robot.interact(item::requestFocus);
        robot.write("1.1.1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label refusal = robot.lookup("#evidenceRefusalLabel").queryAs(Label.class);
        assertThat(refusal.getText()).isNotBlank();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getStyleClass()).contains("pc-error-text").doesNotContain("pc-save-state");
        @SuppressWarnings("unchecked")
        ListView<Object> evidence = robot.lookup("#evidenceList").queryAs(ListView.class);
        assertThat(refusal.localToScene(0, 0).getY()).as("next to the evidence form, not at the top of the tab")
                .isGreaterThan(evidence.localToScene(0, 0).getY());
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEmpty();
    }
}
