package org.parcheck.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.Answer;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.Verification;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.testing.OnScreen;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * D29 on the real import screen (FXML) with real H2 files: laptop A finalised the Hạ Lang visit that laptop B had
 * edited meanwhile. B opens A's package: before confirming, the screen says that the visit was finalised on another
 * laptop and how many items changed here it replaces (their old values going to the change log); after confirming,
 * the summary counts them and the visit verifies intact. The picture is written to
 * {@code target/screenshots/import-finalised-elsewhere.png}.
 */
@ExtendWith(ApplicationExtension.class)
class PackageImportFinalisedViewTest {

    private AppServices a;
    private AppServices b;
    private Stage stage;
    private Path finalised;
    private long visitB;
    private PackageImportView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = TempFolders.create("parcheck-exchange-final-ui");
        a = AppServices.open(Files.createDirectories(dir.resolve("a")));
        b = AppServices.open(Files.createDirectories(dir.resolve("b")));
        UUID planUuid = a.planService().overviews().get(0).plan().uuid();
        long planA = a.planService().overviews().get(0).plan().id();
        Path first = dir.resolve("a.parcheck");
        a.exchangeService().export(planA, List.of(), first);
        b.exchangeService().apply(b.exchangeService().analyse(first), Map.of());
        long visitA = haLang(a, planUuid);
        visitB = haLang(b, planUuid);
        List<String> codes = b.answerService().sheet(visitB).answers().keySet().stream().sorted().toList();
        note(b, visitB, codes.get(0), "Bình sửa khi máy A đã hoàn tất");
        note(b, visitB, codes.get(1), "Bình sửa mục thứ hai");
        note(b, visitB, codes.get(2), "Bình sửa mục thứ ba");
        FinalisedVisits.completeAndFinalise(a.answerService(), visitA);
        finalised = dir.resolve("finalised.parcheck");
        a.exchangeService().export(planA, List.of(visitA), finalised);

        Messages messages = new Messages(Messages.VIETNAMESE);
        ViewLoader loader = new ViewLoader(messages, type -> new PackageImportView(
                new PackageImportViewModel(b.exchangeService(), new SameThreadExecutor(), messages), messages,
                new org.parcheck.common.fx.RecordingDialogs()));
        ViewLoader.Loaded<PackageImportView> loaded = loader.load(PackageImportView.class);
        view = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1100, 700);
        scene.getStylesheets().add(getClass().getResource("/org/parcheck/app/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static long haLang(AppServices services, UUID planUuid) {
        long planId = services.planService().overviews().stream().filter(p -> p.plan().uuid().equals(planUuid))
                .findFirst().orElseThrow().plan().id();
        return services.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    private static void note(AppServices services, long visitId, String code, String text) {
        Answer answer = services.answerService().sheet(visitId).answers().get(code);
        new JooqAnswerRepository(services.database()).saveAnswer(visitId, answer.withNote(text), "Bình");
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void thePreviewSaysHowManyItemsTheFinalisedVisitReplacesAndTheSummaryCountsThem(FxRobot robot) {
        Label line = robot.lookup("#finalisedLabel").queryAs(Label.class);
        assertThat(line.isVisible()).as("nothing to say before a package is read").isFalse();

        robot.interact(() -> view.open(finalised));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(line.isVisible()).isTrue();
        assertThat(line.getText()).startsWith("Hạ Lang").contains(": đã hoàn tất trên máy khác — 3 mục đã sửa "
                + "trên máy này sẽ được thay bằng bản đã hoàn tất (giá trị cũ ghi vào nhật ký thay đổi)");
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).contains("Xung đột cần chọn: 0");
        shoot(robot, "import-finalised-elsewhere");

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).startsWith("Đã nhập")
                .contains("thay đổi.\n3 mục đã sửa trên máy này trong cuộc kiểm tra đã hoàn tất ở máy khác "
                        + "đã được thay");
        assertThat(line.isVisible()).as("said in the summary now").isFalse();
        assertEquals(Verification.Result.INTACT, b.answerService().verify(visitB).result());
        shoot(robot, "import-finalised-elsewhere-done");
    }

    /** The screen as drawn, to {@code target/screenshots/<name>.png}. */
    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> OnScreen.shoot(stage.getScene(), name));
    }
}
