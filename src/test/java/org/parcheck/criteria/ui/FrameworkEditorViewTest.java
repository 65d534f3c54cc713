package org.parcheck.criteria.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.ItemTrees;
import org.parcheck.criteria.SampleFrameworks;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqFrameworkRepository;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real editor FXML on a real H2 file: edit a sub-criterion's points with the keyboard, see the warning. */
@ExtendWith(ApplicationExtension.class)
class FrameworkEditorViewTest {

    private Database db;
    private FrameworkService service;
    private long versionId;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = TempFolders.create("parcheck-editor");
        db = Database.open(dir);
        service = new FrameworkService(new JooqFrameworkRepository(db));
        versionId = service.create(SampleFrameworks.header(), FrameworkVersion.draft(1, 2021, null),
                SampleFrameworks.allRuleTypes()).version().id();
        Messages messages = new Messages(Messages.VIETNAMESE);
        FrameworkNavigator navigator = new FrameworkNavigator() {
            @Override
            public void openEditor(long id) {
            }

            @Override
            public void backToList() {
            }

                    @Override
                    public void openComparison(long versionId) {
                    }
        };
        ViewLoader loader = new ViewLoader(messages, type -> type == FrameworkSettingsView.class
                ? new FrameworkSettingsView()
                : new FrameworkEditorView(new FrameworkEditorViewModel(versionId, service, new SameThreadExecutor(),
                        messages, navigator)));
        stage.setScene(new Scene(loader.load(FrameworkEditorView.class).root(), 1100, 760));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void editingASubCriterionsPointsShowsTheParentsWarning(FxRobot robot) {
        robot.clickOn((Node n) -> n instanceof TreeCell<?> cell && cell.getText() != null
                && cell.getText().startsWith("1.1.1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1.1.1", robot.lookup("#codeField").queryTextInputControl().getText());

        assertThat(robot.lookup("#issueList").query().isVisible()).as("no problem: the list takes no room").isFalse();
        assertThat(robot.lookup("#noIssuesLabel").query().isVisible()).isTrue();
        robot.clickOn("#maxPointsField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<FrameworkEditorViewModel.IssueRow> issues = robot.lookup("#issueList").queryListView();
        assertThat(issues.isVisible()).isTrue();
        assertThat(robot.lookup("#noIssuesLabel").query().isVisible()).isFalse();
        assertThat(issues.getItems()).anySatisfy(i -> {
            assertEquals("1.1", i.subject());
            assertThat(i.blocking()).isTrue();
        });
        assertThat(robot.lookup("#publishButton").query().isDisabled()).isTrue();
        BigDecimal stored = ItemTrees.find(service.load(versionId).content().areas(), "1.1.1")
                .map(CriteriaItem::maxPoints).orElseThrow();
        assertEquals(0, stored.compareTo(new BigDecimal("3")));

        // Ctrl+Z inside a text field undoes typing there; on the tree it undoes the last change to the framework
        robot.clickOn((Node n) -> n instanceof TreeCell<?> cell && cell.getText() != null
                && cell.getText().startsWith("1.1.1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(issues.getItems()).noneMatch(FrameworkEditorViewModel.IssueRow::blocking);
    }
}
