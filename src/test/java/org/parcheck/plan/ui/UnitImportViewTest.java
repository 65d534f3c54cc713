package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqUnitRepository;
import org.parcheck.plan.UnitService;
import org.parcheck.plan.ui.UnitImportViewModel.ProblemRow;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real import dialog FXML on a real H2 file: problems are listed by row and column, import stays off. */
@ExtendWith(ApplicationExtension.class)
class UnitImportViewTest {

    private Database db;
    private Path dir;
    private UnitImportView view;
    private JooqUnitRepository units;

    @Start
    void start(Stage stage) throws Exception {
        dir = TempFolders.create("parcheck-import");
        db = Database.open(dir);
        units = new JooqUnitRepository(db);
        Messages messages = new Messages(Messages.VIETNAMESE);
        UnitService service = new UnitService(units, db::inTransaction);
        ViewLoader loader = new ViewLoader(messages, type -> new UnitImportView(
                new UnitImportViewModel(service, new SameThreadExecutor(), messages), messages,
                new org.parcheck.common.fx.RecordingDialogs()));
        ViewLoader.Loaded<UnitImportView> loaded = loader.load(UnitImportView.class);
        view = loaded.controller();
        stage.setScene(new Scene(loaded.root(), 960, 640));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void problemsAreListedAndNothingCanBeImportedUntilTheFileIsRight(FxRobot robot) throws Exception {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, "Mã,Tên,Loại,Mã cấp trên,Từ,Đến,Kế thừa\n04,Cao Bằng,tỉnh,,,,\n"
                + "01603,Ngọc Côn,làng,04,,,\n", StandardCharsets.UTF_8);
        robot.interact(() -> view.viewModel().open(file));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ProblemRow> problems = robot.lookup("#problemTable").queryTableView();
        assertThat(problems.getItems()).singleElement().satisfies(p -> {
            assertEquals(3, p.row());
            assertEquals("C – loại", p.column());
            assertThat(p.text()).contains("“làng”");
        });
        assertThat(robot.lookup("#importButton").query().isDisabled()).isTrue();

        Files.writeString(file, "Mã,Tên,Loại,Mã cấp trên,Từ,Đến,Kế thừa\n04,Cao Bằng,tỉnh,,,,\n"
                + "01603,Ngọc Côn,xã,04,,,\n", StandardCharsets.UTF_8);
        robot.interact(() -> view.viewModel().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.getItems()).isEmpty();
        assertEquals(2, robot.lookup("#previewTable").queryTableView().getItems().size());
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, units.findAll().size());
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).startsWith("Đã nhập: 2 đơn vị mới");
        assertThat(robot.lookup("#importButton").query().isDisabled()).isTrue();
    }
}
