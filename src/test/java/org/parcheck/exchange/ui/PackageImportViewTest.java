package org.parcheck.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.ConflictRow;
import org.parcheck.common.fx.ConflictRow.Keep;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.plan.VisitOverview;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real import screen (FXML) on real H2 files: laptop B edited an item that laptop A edited too; A opens B's
 * package, sees the conflict with both values and who, chooses "theirs", confirms, and the value is in A's database.
 */
@ExtendWith(ApplicationExtension.class)
class PackageImportViewTest {

    private AppServices a;
    private AppServices b;
    private Path dir;
    private Path fromB;
    private long visitA;
    private String code;
    private PackageImportView view;

    @Start
    void start(Stage stage) throws Exception {
        dir = TempFolders.create("parcheck-exchange-ui");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        a = AppServices.open(dir.resolve("a"));
        b = AppServices.open(dir.resolve("b"));
        UUID planUuid = a.planService().overviews().get(0).plan().uuid();
        Path first = dir.resolve("a.parcheck");
        a.exchangeService().export(a.planService().overviews().get(0).plan().id(), List.of(), first);
        b.exchangeService().apply(b.exchangeService().analyse(first), Map.of());
        visitA = haLang(a, planUuid).visit().id();
        long visitB = haLang(b, planUuid).visit().id();
        code = a.answerService().sheet(visitA).answers().keySet().stream().sorted().findFirst().orElseThrow();
        note(a, visitA, "ghi chú của An", "An");
        note(b, visitB, "ghi chú của Bình", "Bình");
        fromB = dir.resolve("b.parcheck");
        long planB = b.planService().overviews().stream().filter(p -> p.plan().uuid().equals(planUuid)).findFirst()
                .orElseThrow().plan().id();
        b.exchangeService().export(planB, List.of(visitB), fromB);

        Messages messages = new Messages(Messages.VIETNAMESE);
        ViewLoader loader = new ViewLoader(messages, type -> new PackageImportView(
                new PackageImportViewModel(a.exchangeService(), new SameThreadExecutor(), messages), messages,
                new org.parcheck.common.fx.RecordingDialogs()));
        ViewLoader.Loaded<PackageImportView> loaded = loader.load(PackageImportView.class);
        view = loaded.controller();
        stage.setScene(new Scene(loaded.root(), 1100, 700));
        stage.show();
    }

    private static VisitOverview haLang(AppServices services, UUID planUuid) {
        long planId = services.planService().overviews().stream().filter(p -> p.plan().uuid().equals(planUuid))
                .findFirst().orElseThrow().plan().id();
        return services.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
    }

    private void note(AppServices services, long visitId, String text, String actor) {
        Answer answer = services.answerService().sheet(visitId).answers().get(code);
        new JooqAnswerRepository(services.database()).saveAnswer(visitId, answer.withNote(text), actor);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void aConflictShowsBothValuesAndTheirsIsSavedAfterConfirming(FxRobot robot) {
        robot.interact(() -> view.open(fromB));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ConflictRow> conflicts = robot.lookup("#conflictTable").queryTableView();
        assertThat(conflicts.getItems()).singleElement().satisfies(row -> {
            assertThat(row.item()).startsWith(code + " ");
            assertThat(row.mine()).contains("ghi chú của An");
            assertThat(row.mineWho()).startsWith("An, ");
            assertThat(row.theirs()).contains("ghi chú của Bình");
            assertThat(row.theirsWho()).startsWith("Bình, ");
            assertEquals(Keep.MINE, row.choiceProperty().get());
        });
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).contains("Xung đột cần chọn: 1");

        ChoiceBox<?> choice = robot.lookup("#conflictTable .choice-box").queryAs(ChoiceBox.class);
        robot.clickOn(choice);
        robot.clickOn("Của họ");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Keep.THEIRS, conflicts.getItems().get(0).choiceProperty().get());

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ghi chú của Bình", a.answerService().sheet(visitA).answers().get(code).note());
        assertEquals("Bình", a.answerService().sheet(visitA).answers().get(code).updatedBy());
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).startsWith("Đã nhập");
        assertThat(robot.lookup("#importButton").query().isDisabled()).isTrue();

        // opening the same package again: it says so, and nothing can be imported
        robot.interact(() -> view.open(fromB));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).contains("đã được nhập");
        assertThat(robot.lookup("#importButton").query().isDisabled()).isTrue();
    }
}
