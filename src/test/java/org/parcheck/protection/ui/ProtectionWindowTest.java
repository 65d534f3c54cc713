package org.parcheck.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.persistence.Database;
import org.parcheck.protection.FolderKeys;
import org.parcheck.protection.RecoveryKey;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #19 through the real main window and the real protection dialogs, on a real H2 file in a temporary folder: the
 * first start protects the new folder and shows the recovery key once; the next start asks the password, refuses a
 * wrong one with every file unchanged, opens with the right one; the recovery key sets a new password; Settings
 * changes the password; quitting the unlock dialog opens and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ProtectionWindowTest {

    private static final String PASSWORD = "Hạ Lang mùa lúa chín";
    private static final String NEW_PASSWORD = "Cô Ngân 2026 nắng đẹp";

    private Path dataDir;
    private Stage stage;
    private MainWindow window;
    private final AtomicBoolean quit = new AtomicBoolean();

    @Start
    void start(Stage first) throws IOException {
        stage = first;
        dataDir = TempFolders.create("parcheck-protection");
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Stage shown = stage;
        FxToolkit.setupFixture(() -> {
            closeDialogs();
            shown.hide();
        });
        TempFolders.delete(dataDir);
    }

    @Test
    void firstStartProtectsTheNewFolderThenTheNextStartAsksThePasswordOnce(FxRobot robot) throws Exception {
        open(robot, stage, true);
        await(robot, "#protectButton");
        assertThat(text(robot, "#warningLabel")).contains("kể cả những người làm ra ParCheck");

        // too short: said beside the field, nothing written
        type(robot, "#passwordField", "ngắn");
        type(robot, "#repeatField", "ngắn");
        robot.clickOn("#protectButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quá ngắn: cần ít nhất 8 ký tự.", text(robot, "#passwordProblemLabel"));
        assertThat(FolderKeys.isProtected(dataDir)).isFalse();

        // typed twice, not the same
        type(robot, "#passwordField", PASSWORD);
        type(robot, "#repeatField", PASSWORD + "!");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hai lần nhập không giống nhau.", text(robot, "#repeatProblemLabel"));

        type(robot, "#repeatField", PASSWORD);
        robot.clickOn("#protectButton");

        // the recovery key, once: large groups, the printed page holds it, going on needs the tick
        await(robot, "#keyLabel");
        String shown = text(robot, "#keyLabel");
        assertThat(shown).matches("([0-9A-Z]{5}  ){2}[0-9A-Z]{5}\n([0-9A-Z]{5}  ){2}[0-9A-Z]{5}");
        String typed = String.join("-", shown.split("\\s+"));
        assertThat(printedSheet(robot)).contains(typed, "Thư mục dữ liệu: " + dataDir.toAbsolutePath());
        assertThat(robot.lookup("#continueButton").queryButton().isDisabled()).isTrue();
        assertThat(FolderKeys.isProtected(dataDir)).as("the key file is written before the key is shown").isTrue();
        robot.clickOn("#writtenCheckBox");
        robot.clickOn("#continueButton");

        // the app opens, the database encrypted with the folder's key
        awaitReady();
        assertThat(window.state().services().dataKey()).isPresent();
        assertThat(robot.lookup("#keyLabel").tryQuery()).as("the key is not shown again").isEmpty();

        // restart: the unlock dialog; a wrong password is refused and nothing changes
        Stage second = restart(robot);
        assertThat(contains(Files.readAllBytes(Database.fileIn(dataDir)), "flyway_schema_history"))
                .as("the database file is encrypted").isFalse();
        await(robot, "#unlockButton");
        Map<Path, byte[]> before = files();
        type(robot, "#passwordField", "mật khẩu sai");
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !text(robot, "#passwordProblemLabel").isEmpty());
        assertEquals("Mật khẩu không đúng. Dữ liệu không thay đổi.", text(robot, "#passwordProblemLabel"));
        assertEquals(AppState.Phase.OPENING, window.state().phase());
        assertSameFiles(before, files());

        // the right one opens
        type(robot, "#passwordField", PASSWORD);
        robot.clickOn("#unlockButton");
        awaitReady();
        assertThat(window.state().services().dataKey()).isPresent();

        // restart again and quit at the unlock dialog: nothing opened, nothing changed
        restart(robot);
        await(robot, "#unlockButton");
        Map<Path, byte[]> beforeQuit = files();
        robot.clickOn("#quitButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, quit::get);
        assertEquals(AppState.Phase.OPENING, window.state().phase());
        assertThat(robot.lookup("#unlockButton").tryQuery()).isEmpty();
        assertSameFiles(beforeQuit, files());
        assertThat(second.isShowing()).isFalse();
    }

    @Test
    void theRecoveryKeySetsANewPasswordAndSettingsChangesIt(FxRobot robot) throws Exception {
        RecoveryKey recovery = FolderProtection.protectNewFolder(dataDir, PASSWORD.toCharArray());
        open(robot, stage, false);
        await(robot, "#unlockButton");

        // "Quên mật khẩu?": a wrong recovery key is refused beside the field, the key file unchanged
        robot.clickOn("#forgotLink");
        await(robot, "#recoveryField");
        byte[] keyFile = Files.readAllBytes(FolderKeys.fileIn(dataDir));
        type(robot, "#recoveryField", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF");
        type(robot, "#newPasswordField", NEW_PASSWORD);
        type(robot, "#repeatField", NEW_PASSWORD);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#recoveryProblemLabel").isEmpty());
        assertEquals("Khoá khôi phục không đúng. Dữ liệu không thay đổi.", text(robot, "#recoveryProblemLabel"));
        assertThat(Files.readAllBytes(FolderKeys.fileIn(dataDir))).isEqualTo(keyFile);

        // typed carelessly (lower case, spaces): accepted, the new password set, the folder opens
        type(robot, "#recoveryField", recovery.text().toLowerCase().replace('-', ' '));
        type(robot, "#newPasswordField", NEW_PASSWORD);
        type(robot, "#repeatField", NEW_PASSWORD);
        robot.clickOn("#unlockButton");
        awaitReady();
        assertThat(opensWith(PASSWORD)).as("the old password no longer opens").isFalse();
        assertThat(opensWith(NEW_PASSWORD)).isTrue();

        // Settings → "Bảo vệ dữ liệu": on, with "Đổi mật khẩu…"
        robot.clickOn("#navSETTINGS");
        await(robot, "#changePasswordButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#changePasswordButton").queryButton().isVisible());
        assertThat(text(robot, "#protectionStatusLabel")).startsWith("Đang bật");
        assertThat(robot.lookup("#turnOnButton").queryButton().isVisible()).isFalse();
        robot.clickOn("#changePasswordButton");
        await(robot, "#oldField");

        // a wrong current password: said, nothing changed
        keyFile = Files.readAllBytes(FolderKeys.fileIn(dataDir));
        type(robot, "#oldField", PASSWORD);
        type(robot, "#newField", "mật khẩu thứ ba");
        type(robot, "#repeatField", "mật khẩu thứ ba");
        robot.clickOn("#changeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#oldProblemLabel").isEmpty());
        assertEquals("Mật khẩu hiện tại không đúng. Không có gì thay đổi.", text(robot, "#oldProblemLabel"));
        assertThat(Files.readAllBytes(FolderKeys.fileIn(dataDir))).isEqualTo(keyFile);

        type(robot, "#oldField", NEW_PASSWORD);
        robot.clickOn("#changeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#oldField").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opensWith(NEW_PASSWORD)).isFalse();
        assertThat(opensWith("mật khẩu thứ ba")).isTrue();

        // restart: only the new password opens
        restart(robot);
        await(robot, "#unlockButton");
        type(robot, "#passwordField", NEW_PASSWORD);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#passwordProblemLabel").isEmpty());
        type(robot, "#passwordField", "mật khẩu thứ ba");
        robot.clickOn("#unlockButton");
        awaitReady();
    }

    /**
     * Settings → "Bật bảo vệ…" on a folder with data: the window closes its database, the folder part's
     * {@code protectExisting} encrypts it (progress in the step), the recovery key is shown once, the folder opens
     * again with the key, Settings says "Đang bật", and the next start asks the password.
     */
    @Test
    void settingsTurnsProtectionOnForAFolderWithData(FxRobot robot) throws Exception {
        open(robot, stage, false);
        awaitReady();
        assertThat(contains(Files.readAllBytes(Database.fileIn(dataDir)), "flyway_schema_history"))
                .as("the database starts plain").isTrue();
        robot.clickOn("#navSETTINGS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#turnOnButton").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertEquals("Chưa bật.", text(robot, "#protectionStatusLabel"));
        assertThat(robot.lookup("#changePasswordButton").queryButton().isVisible()).isFalse();
        robot.clickOn("#turnOnButton");
        await(robot, "#protectButton");
        assertEquals("Hủy", robot.lookup("#skipButton").queryButton().getText(), "from Settings the way out is Hủy");
        assertThat(text(robot, "#warningLabel")).contains("kể cả những người làm ra ParCheck");
        type(robot, "#passwordField", PASSWORD);
        type(robot, "#repeatField", PASSWORD);
        robot.clickOn("#protectButton");

        await(robot, "#keyLabel");
        String shown = text(robot, "#keyLabel");
        robot.clickOn("#writtenCheckBox");
        robot.clickOn("#continueButton");
        awaitReady();
        assertThat(FolderKeys.isProtected(dataDir)).isTrue();
        assertThat(window.state().services().dataKey()).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#protectionStatusLabel").startsWith("Đang bật"));

        // the next start asks the password; the recovery key shown opens the folder too
        restart(robot);
        await(robot, "#unlockButton");
        assertThat(contains(Files.readAllBytes(Database.fileIn(dataDir)), "flyway_schema_history"))
                .as("the database file is encrypted").isFalse();
        try (var key = FolderKeys.unlockWithRecoveryKey(dataDir, shown)) {
            assertThat(key).isNotNull();
        }
        type(robot, "#passwordField", PASSWORD);
        robot.clickOn("#unlockButton");
        awaitReady();
        assertThat(window.state().services().dataKey()).isPresent();
    }

    private boolean opensWith(String password) throws IOException {
        try (var key = FolderKeys.unlock(dataDir, password.toCharArray())) {
            return key != null;
        } catch (org.parcheck.protection.ProtectionException e) {
            return false;
        }
    }

    private void open(FxRobot robot, Stage on, boolean firstStart) {
        quit.set(false);
        robot.interact(() -> {
            stage = on;
            window = new MainWindow(on, dataDir, UiSettings.load(dataDir), new FxBackgroundExecutor());
            window.startRealWork();
            if (firstStart) {
                window.offerProtection();
            }
            window.whenUnlockQuit(() -> quit.set(true));
            window.show();
        });
    }

    /** Closes the window (its database and key) and opens the folder in a new one, as a new start does. */
    private Stage restart(FxRobot robot) throws Exception {
        Stage old = stage;
        robot.interact(() -> {
            closeDialogs();
            old.hide();
        });
        Stage[] next = new Stage[1];
        robot.interact(() -> next[0] = new Stage());
        open(robot, next[0], false);
        return next[0];
    }

    private static void closeDialogs() {
        for (javafx.stage.Window shown : javafx.stage.Window.getWindows().toArray(javafx.stage.Window[]::new)) {
            if (shown instanceof Stage dialog && dialog.getOwner() != null) {
                dialog.setOnCloseRequest(null);
                dialog.close();
            }
        }
    }

    private void awaitReady() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static String printedSheet(FxRobot robot) {
        Node pane = robot.lookup("#recoveryKeyPane").query();
        Node[] sheet = new Node[1];
        robot.interact(() -> sheet[0] = ((Supplier<Node>) pane.getProperties().get(RecoveryKeySheet.PROPERTY)).get());
        return RecoveryKeySheet.text(sheet[0]);
    }

    /** Every file under the data folder, with its bytes. */
    private Map<Path, byte[]> files() throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dataDir.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<Path, byte[]> before, Map<Path, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (Path file : before.keySet()) {
            assertThat(Arrays.equals(before.get(file), after.get(file))).as(file + " unchanged").isTrue();
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
