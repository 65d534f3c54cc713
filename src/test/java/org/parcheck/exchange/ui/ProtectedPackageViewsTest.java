package org.parcheck.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.RecordingDialogs;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.SealedStreams;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The windows of protected packages (#19), real FXML views on real H2 files: the export dialog's "protect the package
 * with a password" (checked by default from a protected folder, the password twice, an unprotected package from a
 * protected folder confirmed once), and the import screen saying whether a package is protected, asking its
 * password, saying plainly when it is wrong and letting the user type it again.
 */
@ExtendWith(ApplicationExtension.class)
class ProtectedPackageViewsTest {

    private static final String PASSWORD = "mật khẩu của gói";

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private AppServices a;
    private AppServices b;
    private Path dir;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = TempFolders.create("parcheck-protected-package-ui");
        a = AppServices.open(Files.createDirectories(dir.resolve("a")));
        b = AppServices.open(Files.createDirectories(dir.resolve("b")), false);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private long planOfA() {
        return a.planService().overviews().get(0).plan().id();
    }

    private PackageImportView showImport(FxRobot robot) {
        ViewLoader loader = new ViewLoader(messages, type -> new PackageImportView(
                new PackageImportViewModel(b.exchangeService(), new SameThreadExecutor(), messages), messages,
                dialogs));
        ViewLoader.Loaded<PackageImportView> loaded = loader.load(PackageImportView.class);
        robot.interact(() -> {
            stage.setScene(new Scene(loaded.root(), 1100, 700));
            stage.show();
        });
        return loaded.controller();
    }

    private PackageExportView showExport(FxRobot robot, boolean folderProtected, List<char[]> exported) {
        Path file = dir.resolve("xuất.parcheck");
        PackageExportViewModel viewModel = new PackageExportViewModel(folderProtected, dialogs, messages,
                password -> {
                    exported.add(password);
                    a.exchangeService().export(planOfA(), List.of(), file, password == null ? null
                            : password.clone());
                });
        ViewLoader.Loaded<PackageExportView> loaded = new ViewLoader(messages, type -> new PackageExportView(
                viewModel)).load(PackageExportView.class);
        robot.interact(() -> {
            loaded.controller().setFileName(file.getFileName().toString());
            stage.setScene(new Scene(loaded.root(), 560, 420));
            stage.show();
        });
        return loaded.controller();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.isManaged();
    }

    @Test
    void aProtectedPackageAsksItsPasswordSaysWhenItIsWrongAndImportsWithTheRightOne(FxRobot robot) throws Exception {
        Path file = dir.resolve("gói.parcheck");
        a.exchangeService().export(planOfA(), List.of(), file, PASSWORD.toCharArray());
        PackageImportView view = showImport(robot);

        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Gói được bảo vệ bằng mật khẩu.", text(robot, "#protectionLabel"));
        assertTrue(shown(robot, "#passwordBox"));
        assertThat(text(robot, "#summaryLabel")).contains("Nhập mật khẩu mà người gửi đã đặt");
        assertThat(text(robot, "#passwordProblemLabel")).isEmpty();
        assertTrue(robot.lookup("#importButton").query().isDisabled());

        PasswordField field = robot.lookup("#packagePasswordField").queryAs(PasswordField.class);
        robot.interact(() -> field.setText("mật khẩu sai"));
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#passwordProblemLabel")).startsWith("Mật khẩu của gói không đúng");
        assertTrue(shown(robot, "#passwordBox"), "the password can be typed again");
        assertEquals("", field.getText());
        assertTrue(robot.lookup("#importButton").query().isDisabled());
        assertThat(b.planService().overviews()).isEmpty();

        robot.interact(() -> field.setText(PASSWORD));
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#passwordBox"));
        assertEquals("Gói được bảo vệ bằng mật khẩu.", text(robot, "#protectionLabel"));
        assertFalse(robot.lookup("#importButton").query().isDisabled());
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#summaryLabel")).startsWith("Đã nhập");
        assertThat(b.planService().overviews()).hasSize(1);
    }

    @Test
    void anUnprotectedPackageSaysSoAndAsksNothing(FxRobot robot) {
        Path file = dir.resolve("thường.parcheck");
        a.exchangeService().export(planOfA(), List.of(), file);
        PackageImportView view = showImport(robot);
        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Gói không được bảo vệ (không mã hoá).", text(robot, "#protectionLabel"));
        assertFalse(shown(robot, "#passwordBox"));
        assertFalse(robot.lookup("#importButton").query().isDisabled());
    }

    @Test
    void fromAProtectedFolderThePackageIsProtectedByDefaultWithThePasswordTwice(FxRobot robot) throws Exception {
        List<char[]> exported = new ArrayList<>();
        showExport(robot, true, exported);
        assertTrue(robot.lookup("#protectCheck").queryAs(CheckBox.class).isSelected());
        assertTrue(shown(robot, "#passwordBox"));
        assertFalse(shown(robot, "#unprotectedLabel"));
        assertTrue(robot.lookup("#exportButton").query().isDisabled());
        assertThat(robot.lookup(".pc-hint").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("không lưu mật khẩu ở đâu cả"));

        PasswordField password = robot.lookup("#passwordField").queryAs(PasswordField.class);
        PasswordField repeat = robot.lookup("#repeatField").queryAs(PasswordField.class);
        robot.interact(() -> password.setText("ngắn"));
        assertEquals("Mật khẩu cần ít nhất 8 ký tự.", text(robot, "#problemLabel"));
        robot.interact(() -> {
            password.setText(PASSWORD);
            repeat.setText(PASSWORD + "x");
        });
        assertEquals("Hai lần nhập mật khẩu không giống nhau.", text(robot, "#problemLabel"));
        assertTrue(robot.lookup("#exportButton").query().isDisabled());
        robot.interact(() -> repeat.setText(PASSWORD));
        assertEquals("", text(robot, "#problemLabel"));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(exported).hasSize(1);
        assertEquals(PASSWORD, new String(exported.get(0)));
        assertTrue(SealedStreams.isPasswordSealed(dir.resolve("xuất.parcheck")));
        assertThat(b.exchangeService().analyse(dir.resolve("xuất.parcheck"), PASSWORD.toCharArray()).newPlans())
                .hasSize(1);
        assertThat(dialogs.shown("confirm")).isEmpty();
    }

    @Test
    void anUnprotectedPackageFromAProtectedFolderIsConfirmedOnce(FxRobot robot) throws Exception {
        List<char[]> exported = new ArrayList<>();
        showExport(robot, true, exported);
        robot.clickOn("#protectCheck");
        assertTrue(shown(robot, "#unprotectedLabel"));
        assertFalse(shown(robot, "#passwordBox"));
        assertFalse(robot.lookup("#exportButton").query().isDisabled());

        dialogs.answer(false);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown("confirm")).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith("Gói sẽ không được mã hoá"));
        assertThat(exported).isEmpty();

        dialogs.answer(true);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exported).containsExactly((char[]) null);
        assertFalse(SealedStreams.isSealed(dir.resolve("xuất.parcheck")));
    }

    @Test
    void fromAnUnprotectedFolderThePackageIsUnprotectedByDefaultAndNothingIsAsked(FxRobot robot) {
        List<char[]> exported = new ArrayList<>();
        showExport(robot, false, exported);
        assertFalse(robot.lookup("#protectCheck").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exported).containsExactly((char[]) null);
        assertThat(dialogs.shown("confirm")).isEmpty();
    }
}
