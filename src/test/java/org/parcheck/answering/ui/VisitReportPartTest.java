package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.VisitDetails;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.plan.VisitStatus;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.scoring.rules.RuleType;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #15 §1 on the real visit screen and a real H2 file: the demo Hạ Lang visit with its checklist complete but the
 * whole second tab empty (no times, no team member present, no attendees, no opinion), an item that requires
 * evidence without any, and an item flagged ⚑. *Hoàn tất* is refused with a line for each; each line jumps to its
 * field on the second tab (or to its item on the checklist); the list follows what is filled in; then the visit
 * finalises and its biên bản names the one who signs and says "Đơn vị không có ý kiến." Before this change the same
 * visit finalised without a word and printed dotted blanks.
 */
@ExtendWith(ApplicationExtension.class)
class VisitReportPartTest {

    private static final String START = "Biên bản: chưa ghi giờ bắt đầu";
    private static final String END = "Biên bản: chưa ghi giờ kết thúc";
    private static final String TEAM = "Biên bản: chưa đánh dấu thành viên Đoàn có mặt";
    private static final String ATTENDEES = "Biên bản: chưa ghi thành phần đơn vị được kiểm tra";
    private static final String OPINION =
            "Biên bản: chưa ghi ý kiến của đơn vị (hoặc đánh dấu \"Đơn vị không có ý kiến\")";
    private static final String EVIDENCE = "1.1.1 — chưa trích dẫn tài liệu kiểm chứng (mục bắt buộc có tài liệu)";

    private AppServices services;
    private long visitId;
    private VisitViewModel viewModel;
    private String flagged;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = TempFolders.create("parcheck-report-part");
        services = AppServices.open(dataDir);
        visitId = VisitScreens.haLang(services).visit().id();
        AnswerService answering = services.answerService();
        FinalisedVisits.completeChecklist(answering, visitId);
        // the second tab emptied, as on the visit seen in the issue
        VisitDetails d = answering.details(visitId);
        answering.saveDetails(visitId, new VisitDetails(d.date(), null, null, d.place(), null));
        answering.attendees(visitId).forEach(a -> answering.removeAttendee(visitId, a.id()));
        answering.setTeamPresent(visitId, Set.of());
        // evidence removed from an item that requires it, and an item flagged for a second look
        answering.sheet(visitId).evidence().stream().filter(e -> "1.1.1".equals(e.itemCode()))
                .forEach(e -> answering.removeEvidence(visitId, e.id()));
        flagged = answering.open(visitId).framework().content().leaves().stream()
                .filter(l -> l.rule() != null && l.rule().type() == RuleType.YES_NO && !l.evidenceRequired())
                .map(CriteriaItem::code).findFirst().orElseThrow();
        answering.saveAnswer(visitId, answering.sheet(visitId).answer(flagged).withFlagged(true));

        Messages messages = new Messages(Messages.VIETNAMESE);
        viewModel = VisitScreens.viewModel(services, visitId, messages);
        VisitScreens.show(stage, services, dataDir, visitId, viewModel, messages, 1200, 760);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private ListView<String> blockerList(FxRobot robot) {
        return robot.lookup("#blockerList").queryListView();
    }

    /** Selects the blocker line and presses Enter on the list, as a user would. */
    private void jump(FxRobot robot, String line) {
        ListView<String> list = blockerList(robot);
        assertThat(list.getItems()).contains(line);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(line);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner(FxRobot robot) {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    private void awaitGone(FxRobot robot, String... lines) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> blockerList(robot).getItems().stream().noneMatch(List.of(lines)::contains));
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anEmptySecondTabBlocksFinalisingAndEachLineJumpsToWhatIsMissing(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        TabPane tabs = robot.lookup("#visitTabs").queryAs(TabPane.class);
        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.blockers().isEmpty());
        assertThat(blockerList(robot).getItems()).containsExactly(START, END, TEAM, ATTENDEES, OPINION, EVIDENCE,
                flagged + " — còn đánh dấu xem lại ⚑");
        assertEquals(VisitStatus.IN_PROGRESS, services.answerService().status(visitId));

        jump(robot, START);
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the second tab is shown");
        assertSame(robot.lookup("#startTimeField").query(), focusOwner(robot));
        robot.write("8:00");
        jump(robot, END);
        assertSame(robot.lookup("#endTimeField").query(), focusOwner(robot));
        robot.write("11:30");
        jump(robot, TEAM);
        CheckBox member = robot.lookup("#teamPresent-0").queryAs(CheckBox.class);
        assertSame(member, focusOwner(robot));
        assertThat(member.getText()).startsWith("Lê Văn Miều");
        robot.type(KeyCode.SPACE);
        awaitGone(robot, START, END, TEAM);

        jump(robot, ATTENDEES);
        assertSame(robot.lookup("#attendeeNameField").query(), focusOwner(robot));
        robot.write("Nông Văn Hùng");
        robot.interact(() -> {
            robot.lookup("#attendeeTitleField").queryTextInputControl().setText("Chủ tịch UBND huyện");
            robot.lookup("#representativeCheckBox").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#addAttendeeButton").queryButton().fire();
        });
        jump(robot, OPINION);
        assertSame(robot.lookup("#opinionArea").query(), focusOwner(robot));
        robot.interact(() -> robot.lookup("#noOpinionCheckBox").queryAs(CheckBox.class).fire());
        awaitGone(robot, ATTENDEES, OPINION);

        jump(robot, EVIDENCE);
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex(), "back on the checklist");
        assertTrue(isWithin(focusOwner(robot), robot.lookup("#row-1_1_1").query()), "jumped to 1.1.1");
        robot.interact(() -> {
            robot.lookup("#evidenceItemField").queryTextInputControl().setText("1.1.1");
            robot.lookup("#evidenceNumberField").queryTextInputControl().setText("01/KH-UBND");
            robot.lookup("#addEvidenceButton").queryButton().fire();
        });
        awaitGone(robot, EVIDENCE);

        String flagLine = flagged + " — còn đánh dấu xem lại ⚑";
        jump(robot, flagLine);
        assertTrue(isWithin(focusOwner(robot), robot.lookup("#row-" + ChecklistRows.idOf(flagged)).query()),
                "jumped to the flagged item");
        robot.clickOn("#flagCheckBox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.blockers().isEmpty());

        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.editableProperty().get());
        assertEquals(VisitStatus.FINALISED, services.answerService().status(visitId));

        VisitReportModel report = services.visitReports().model(visitId, VisitReportOptions.defaults());
        assertEquals("Nông Văn Hùng", report.signatures().get(0).name(), "a name under Đại diện đơn vị");
        assertEquals("Đơn vị không có ý kiến.", report.unitOpinion());
        assertThat(report.opening()).contains("08 giờ 00 phút");
        assertThat(report.closing()).contains("11 giờ 30 phút");
        assertThat(report.team()).extracting(VisitReportModel.Member::name).containsExactly("Lê Văn Miều");
    }

    @Test
    void aPartLeftToWriteByHandAsksForItsReasonAndPrintsItsBlank(FxRobot robot) throws Exception {
        VisitScreens.awaitLoaded(viewModel);
        TabPane tabs = robot.lookup("#visitTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        CheckBox byHand = robot.lookup("#handTimesCheckBox").queryAs(CheckBox.class);
        TextField reason = robot.lookup("#handTimesReasonField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !byHand.isDisabled());
        robot.interact(byHand::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Node findingsTab = robot.lookup("#findingsScroll").query();
        assertThat(robot.from(findingsTab).lookup("#closingRefusalLabel").queryLabeled().getText())
                .as("the refusal next to the closing part").startsWith("Ghi lý do");
        assertThat(services.answerService().reportChoices(visitId).handwritten()).as("not saved").isEmpty();

        robot.interact(() -> {
            reason.setText("Đơn vị đề nghị ghi tay khi ký");
            reason.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> services.answerService().reportChoices(visitId).isHandwritten(HandwrittenPart.TIMES));
        assertThat(services.answerService().changeLog(visitId)).anySatisfy(e -> {
            assertEquals("handwrittenTimes", e.field());
            assertEquals("Đơn vị đề nghị ghi tay khi ký", e.newValue());
        });

        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.blockers().isEmpty());
        assertThat(blockerList(robot).getItems()).doesNotContain(START, END).contains(TEAM, ATTENDEES, OPINION);
        assertThat(services.visitReports().model(visitId, VisitReportOptions.defaults()).opening())
                .as("the dotted blank, by choice").contains("…… giờ …… phút");

        // unticked again: the times are asked for again, at once
        robot.interact(byHand::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> blockerList(robot).getItems().contains(START));
        assertThat(services.answerService().reportChoices(visitId).handwritten()).isEmpty();
    }
}
