package org.parcheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.answering.Answer;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.ui.PlanListViewModel.VisitRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots of the user guide (docs/guide/vi/), taken from the real window on a real H2 data folder with the
 * demo data, at 1366 × 768. To refresh the guide's pictures:
 * {@code ./mvnw -B -o -q verify -Dtest=GuideScreenshotsTest -Dparcheck.guide.screenshots=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcheckstyle.skip}; in the normal test run (its own JVM, pom.xml profile
 * guide-screenshots) the PNGs go to target/guide-screenshots/. To add a screen: walk to it with the robot, then
 * {@code shots.shoot(robot, window, "NN-name")}, and use the picture in docs/guide/vi/README.md. Dialogs and
 * preview windows are shot on their own, set to 1366 × 768.
 */
@ExtendWith(ApplicationExtension.class)
class GuideScreenshotsTest {

    static {
        // Monocle's headless screen is 1280 x 800 unless told otherwise, and a window wider than the screen cannot be
        // drawn there; this only works when this class starts the toolkit, hence its own JVM (pom.xml).
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", GuideShots.WIDTH + "x" + GuideShots.HEIGHT + "-32");
        }
    }

    private static final String HA_LANG = "huyện hạ lang";

    private static Path dataDir;
    private static Path otherLaptop;
    private static Path packageFile;

    private Stage stage;
    private MainWindow window;

    /**
     * A data folder with the demo data, and a package from another laptop (guide section 9): the other laptop took this
     * laptop's plan, its team wrote a note at Hạ Lang and finalised the visit, while this laptop edited another note of
     * it. The import window then shows the note merged and the line that the finalised visit replaces this laptop's
     * edit (D29), as the guide's text next to the picture says.
     */
    @BeforeAll
    static void prepareData() throws IOException {
        dataDir = Files.createTempDirectory("parcheck-guide");
        otherLaptop = Files.createTempDirectory("parcheck-guide-other");
        Path fromHere = otherLaptop.resolve("from-this-laptop.parcheck");
        UUID planUuid;
        try (AppServices services = AppServices.open(dataDir)) {
            services.inspectors().choose(services.inspectors().known().get(0));
            PlanOverview plan = services.planService().overviews().get(0);
            planUuid = plan.plan().uuid();
            services.exchangeService().export(plan.plan().id(), List.of(), fromHere);
            long haLang = haLangVisit(services, planUuid);
            List<String> codes = services.answerService().sheet(haLang).answers().keySet().stream().sorted().toList();
            Answer edited = services.answerService().sheet(haLang).answers().get(codes.get(1));
            services.answerService().saveAnswer(haLang, edited.withNote("Bổ sung: đã xem hồ sơ lưu trữ."));
            services.backups().backupNow();
        }
        packageFile = otherLaptop.resolve("3199-KH-UBND huyen Ha Lang.parcheck");
        // the other laptop starts empty (no demo plan of its own): it has the plan only from this laptop's package
        try (AppServices other = AppServices.open(Files.createDirectories(otherLaptop.resolve("data")), false)) {
            other.exchangeService().apply(other.exchangeService().analyse(fromHere), Map.of());
            other.inspectors().choose(other.inspectors().known().get(0));
            long planId = other.planService().overviews().stream().filter(o -> o.plan().uuid().equals(planUuid))
                    .findFirst().orElseThrow().plan().id();
            long visitId = haLangVisit(other, planUuid);
            List<String> codes = other.answerService().sheet(visitId).answers().keySet().stream().sorted().toList();
            Answer first = other.answerService().sheet(visitId).answers().get(codes.get(0));
            other.answerService().saveAnswer(visitId, first.withNote("Đã xem sổ theo dõi tại bộ phận một cửa."));
            FinalisedVisits.completeAndFinalise(other.answerService(), visitId);
            other.exchangeService().export(planId, List.of(visitId), packageFile);
        }
    }

    private static long haLangVisit(AppServices services, UUID planUuid) {
        long planId = services.planService().overviews().stream().filter(o -> o.plan().uuid().equals(planUuid))
                .findFirst().orElseThrow().plan().id();
        return services.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().toLowerCase().startsWith(HA_LANG)).findFirst().orElseThrow()
                .visit().id();
    }

    @AfterAll
    static void removeFolders() throws IOException {
        for (Path folder : new Path[] {dataDir, otherLaptop}) {
            if (folder != null && Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, dataDir, UiSettings.load(dataDir), new FxBackgroundExecutor());
        window.show();
    }

    @Test
    void theGuidesScreensAt1366By768(FxRobot robot) throws Exception {
        GuideShots shots = new GuideShots();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.state().phase() != AppState.Phase.OPENING);
        assertThat(window.state().phase()).isEqualTo(AppState.Phase.READY);
        GuideShots.laptopSize(robot, stage);

        // 1.–6. through the demo plan, its visit and its preview: no pictures (the guide shows these screens from
        // InspectionWalkTest, on real work); they check that the pages the pictures below need still open
        // 1. the plan list, the demo plan's visits below
        TableView<VisitRow> visits = robot.lookup("#visitTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visits.getItems().size() == 3);
        int haLang = indexOfHaLang(visits);
        robot.interact(() -> visits.getSelectionModel().clearAndSelect(haLang));

        // 2. units, 3. frameworks
        robot.clickOn("#navUNITS");
        TreeTableView<?> tree = robot.lookup("#unitTree").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && !tree.getRoot().getChildren().isEmpty());
        robot.clickOn("#navFRAMEWORKS");
        TableView<?> frameworks = robot.lookup("#frameworkTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !frameworks.getItems().isEmpty());
        robot.interact(() -> frameworks.getSelectionModel().select(0));

        // 4. the visit's checklist, 5. its report part (second tab)
        robot.clickOn("#navPLANS");
        TableView<VisitRow> visitsAgain = robot.lookup("#visitTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visitsAgain.getItems().size() == 3);
        robot.interact(() -> {
            visitsAgain.getSelectionModel().clearAndSelect(indexOfHaLang(visitsAgain));
            visitsAgain.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#figure-postal").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> tabs.getSelectionModel().select(0));

        // 6. the biên bản's preview (its own window)
        MenuButton reportMenu = robot.lookup("#reportMenu").queryAs(MenuButton.class);
        robot.interact(() -> reportMenu.getItems().get(0).fire());
        Window preview = awaitOtherWindow(robot);
        robot.interact(preview::hide);

        // 7. the reports page
        robot.clickOn("#backButton");
        robot.clickOn("#navREPORTS");
        TableView<?> reportVisits = robot.lookup("#visitTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reportVisits.getItems().isEmpty());
        shots.shoot(robot, stage, "07-bao-cao");

        // 8. settings and backups
        robot.clickOn("#navSETTINGS");
        ListView<?> backups = robot.lookup("#backupList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !backups.getItems().isEmpty());
        shots.shoot(robot, stage, "08-cai-dat-sao-luu");

        // 9. importing the other laptop's package (its own window)
        robot.clickOn("#navPLANS");
        robot.interact(() -> window.openPackageWhenReady(packageFile));
        Window importWindow = awaitOtherWindow(robot);
        TableView<?> merged = robot.lookup("#automaticTable").queryTableView();
        TableView<?> added = robot.lookup("#addedTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !merged.getItems().isEmpty()
                || !added.getItems().isEmpty());
        // the picture shows the line the guide's text quotes: the finalised visit replaces this laptop's edit (D29)
        Label finalised = robot.lookup("#finalisedLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, finalised::isVisible);
        assertThat(finalised.getText()).contains("đã hoàn tất trên máy khác — 1 mục đã sửa trên máy này sẽ được thay");
        assertThat(merged.getItems()).as("the other team's note, merged").isNotEmpty();
        shots.shoot(robot, importWindow, "09-nhap-goi");
        robot.interact(importWindow::hide);

        assertThat(shots.written()).hasSize(3);
        robot.interact(stage::hide);
    }

    private static int indexOfHaLang(TableView<VisitRow> visits) {
        List<VisitRow> rows = visits.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).unit().toLowerCase().startsWith(HA_LANG)) {
                return i;
            }
        }
        throw new AssertionError("no visit to Hạ Lang in " + rows);
    }

    /** The window other than the main one that is showing (a preview or an import screen). */
    private Window awaitOtherWindow(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> otherWindow(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return otherWindow(robot);
    }

    private Window otherWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }
}
