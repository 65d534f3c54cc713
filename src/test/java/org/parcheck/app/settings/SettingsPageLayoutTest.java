package org.parcheck.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.testing.OnScreen;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings page in the real main window, on a real H2 data folder with the demo data and one backup made
 * (session 8): the backups list shows its row on a 1366 × 768 laptop, maximised or not, and in the smallest window
 * ParCheck allows (800 × 500); the page scrolls to its last section (About, with the data folder's files); no
 * wrapped text of the page is cut short with "…". Before the fix the page was a plain VBox taller than the window:
 * the VBox squeezed the backups list to a line and the demo section's text to one elided line, and the About
 * section lay below the window with no way to reach it. A control below the window that takes the focus is scrolled
 * into view (FocusScrolling).
 */
@ExtendWith(ApplicationExtension.class)
class SettingsPageLayoutTest {

    /** About four rows of a ListView (a row is 24 px with the app's theme). */
    private static final double LIST_MIN_HEIGHT = 100;

    private static Path dataDir;

    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void oneBackup() throws Exception {
        dataDir = TempFolders.create("parcheck-settings-layout");
        try (AppServices services = AppServices.open(dataDir)) {
            services.inspectors().choose(services.inspectors().known().get(0));
            services.backups().backupNow();
        }
    }

    @AfterAll
    static void removeFolder() {
        TempFolders.delete(dataDir);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, dataDir, UiSettings.load(dataDir), new FxBackgroundExecutor());
        window.show();
    }

    @Test
    void theBackupsListShowsItsRowAndThePageScrollsToItsEnd(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.state().phase() != AppState.Phase.OPENING);
        assertThat(window.state().phase()).isEqualTo(AppState.Phase.READY);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        robot.clickOn("#navSETTINGS");
        ListView<?> backups = robot.lookup("#backupList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertRowShown(robot, backups, "1366 × 768", true);
        ScrollPane page = robot.lookup("#settingsScroll").queryAs(ScrollPane.class);
        robot.interact(() -> OnScreen.shoot(stage.getScene(), "settings-1366x768"));
        assertNothingElided(robot, page, "1366 × 768");

        // the last section, About, is reached by scrolling: the log file's field lies inside the window
        TextField logFile = robot.lookup("#logFileField").queryAs(TextField.class);
        assertThat(OnScreen.insideScene(logFile)).as("the About section, before scrolling, lies below the window")
                .isFalse();
        robot.interact(() -> page.setVvalue(page.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnScreen.insideScene(logFile)).as("the log file's field after scrolling to the end").isTrue();
        robot.interact(() -> OnScreen.shoot(stage.getScene(), "settings-1366x768-end"));
        robot.interact(() -> page.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();

        // a control below the window that takes the focus (Tab, a mnemonic) is scrolled into view
        Node testButton = robot.lookup("#serverTestButton").query();
        assertThat(OnScreen.insideScene(testButton)).as("Kiểm tra kết nối, before it has the focus").isFalse();
        robot.interact(testButton::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnScreen.insideScene(testButton)).as("Kiểm tra kết nối, once it has the focus").isTrue();
        Node language = robot.lookup("#languageComboBox").query();
        assertThat(OnScreen.insideScene(language)).as("the language, scrolled away above").isFalse();
        robot.interact(language::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnScreen.insideScene(language)).as("the language, back in view with the focus").isTrue();
        robot.interact(() -> page.setVvalue(0));

        // maximised, as ParCheck opens on its first start (Monocle's screen here is 1366 × 768)
        robot.interact(() -> stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertRowShown(robot, backups, "maximised", true);

        // the smallest window ParCheck allows
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getHeight()).as("a small window").isLessThanOrEqualTo(500);
        robot.interact(() -> OnScreen.shoot(stage.getScene(), "settings-800x500"));
        // the wrapped texts above it are taller here: the page is scrolled down to the list, which keeps its height
        robot.interact(() -> scrollTo(page, backups));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> OnScreen.shoot(stage.getScene(), "settings-800x500-backups"));
        assertRowShown(robot, backups, "800 × 500", false);
        robot.interact(() -> page.setVvalue(page.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> OnScreen.shoot(stage.getScene(), "settings-800x500-end"));
        Labeled keepPassword = robot.lookup("#serverKeepPasswordCheckBox").queryAs(Labeled.class);
        assertThat(OnScreen.elided(keepPassword)).as("«" + keepPassword.getText() + "» at 800 × 500").isNull();
        // the chosen TLS setting, the longest a combo box of the page shows, wraps rather than being cut short
        Node tlsComboBox = robot.lookup("#serverTlsComboBox").query();
        Labeled tls = robot.from(tlsComboBox).lookup(".list-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.getText() != null).findFirst().orElseThrow();
        assertThat(tls.getText()).startsWith("Mã hoá và kiểm tra chứng chỉ");
        assertThat(OnScreen.elided(tls)).as("«" + tls.getText() + "» at 800 × 500").isNull();
        robot.interact(stage::hide);
    }

    /**
     * The list keeps its height, and its one row (the backup) is drawn inside the list and the window: in full when
     * {@code wholeWidth}, else its full height from its left edge (in a narrow window the row's text is wider than
     * the list, which then scrolls sideways).
     */
    private static void assertRowShown(FxRobot robot, ListView<?> list, String size, boolean wholeWidth) {
        assertThat(list.getHeight()).as("the backups list's height at " + size)
                .isGreaterThanOrEqualTo(LIST_MIN_HEIGHT);
        Optional<ListCell<?>> row = robot.from(list).lookup(".list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getIndex() == 0 && !c.isEmpty()).findFirst();
        assertThat(row).as("the backup's row at " + size).isPresent();
        ListCell<?> cell = row.get();
        assertThat(OnScreen.shown(cell)).as("the row is visible at " + size).isTrue();
        assertThat(cell.getHeight()).as("the row's height at " + size).isGreaterThan(10);
        Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
        Bounds drawn = wholeWidth ? cellBounds : new BoundingBox(cellBounds.getMinX(), cellBounds.getMinY(), 1,
                cellBounds.getHeight());
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        Bounds window = new BoundingBox(0, 0, list.getScene().getWidth() + 0.5, list.getScene().getHeight() + 0.5);
        assertThat(window.contains(drawn)).as("the row inside the window at " + size + ": " + cellBounds).isTrue();
        assertThat(listBounds.contains(drawn)).as("the row inside the list at " + size + ": " + cellBounds
                + " in " + listBounds).isTrue();
        assertThat(OnScreen.elided(cell)).as("the row's text at " + size).isNull();
    }

    /** Scrolls {@code page} so that {@code node} is near the top of its viewport (or as near as the page allows). */
    private static void scrollTo(ScrollPane page, Node node) {
        Node content = page.getContent();
        double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY() - 24;
        double room = content.getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
        page.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, y / room)) * page.getVmax());
    }

    /** No wrapped text of the page is drawn cut short (the demo section's text was elided to one line). */
    private static void assertNothingElided(FxRobot robot, Node page, String size) {
        List<Labeled> wrapped = robot.from(page).lookup((Node n) -> n instanceof Labeled l && l.isWrapText()
                && OnScreen.shown(l) && l.getText() != null && !l.getText().isBlank())
                .queryAllAs(Labeled.class).stream().toList();
        assertThat(wrapped).as("wrapped texts on the page").hasSizeGreaterThan(4);
        for (Labeled label : wrapped) {
            assertThat(OnScreen.elided(label)).as("«" + label.getText() + "» at " + size).isNull();
        }
    }
}
