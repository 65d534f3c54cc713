package org.parcheck.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.app.AppState;
import org.parcheck.app.MainWindow;
import org.parcheck.persistence.Database;
import org.parcheck.plan.Inspector;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.DataFolderFiles;
import org.parcheck.server.ServerCredentials;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.TestLogins;
import org.parcheck.server.TestServers;
import org.parcheck.testing.TempFolders;
import org.parcheck.testing.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → "Máy chủ của Sở" (#17) through the real window, on a real H2 laptop and a real PostgreSQL: a wrong
 * password is said in Vietnamese and changes nothing; the right one shows the account's person, names them as the
 * laptop's inspector (the status bar says so at once) and saves the address, which the page shows again when it is
 * opened anew; the password is in no file of the data folder.
 */
@ExtendWith(ApplicationExtension.class)
class ServerSettingsViewTest {

    private static final String PASSWORD = "Bí-mật 2026 của An";
    private static final String PERSON = "Nguyễn Văn An (Chuyên viên, Sở Nội vụ tỉnh Cao Bằng)";

    private TestWindow shown;
    private Path dataDir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = TempFolders.create("parcheck-server-settings");
        try (AppServices laptop = AppServices.open(dataDir)) {
            laptop.inspectors().choose(Inspector.create("Người cũ", null, null));
        }
        shown = TestWindow.on(stage, dataDir).show();
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void aWrongPasswordIsSaidTheRightOneNamesThePersonAndTheAddressIsShownAgain(FxRobot robot) throws Exception {
        DataSource superuser = TestServers.freshDatabase("settings_view");
        Database.onServer(superuser).close();
        TestLogins.createLogin(superuser, "pc_an", PASSWORD);
        String person = TestLogins.addAccount(superuser, "pc_an", "INSPECTOR", "Nguyễn Văn An", "Chuyên viên",
                "Sở Nội vụ tỉnh Cao Bằng");
        ServerAddress address = TestLogins.address(superuser, "pc_an");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.state().phase() == AppState.Phase.READY);
        openSettings(robot);
        Label store = robot.lookup("#serverStoreLabel").queryAs(Label.class);
        assertThat(store.getText())
                .contains(ServerCredentials.forThisSystem().canKeep() ? "kho mật khẩu" : "hỏi mỗi lần");
        Label warning = robot.lookup("#serverTlsWarningLabel").queryAs(Label.class);
        assertThat(warning.isVisible()).as("no warning for the default TLS").isFalse();

        // the fields, with TLS off (the test server has none): the warning says so plainly
        robot.interact(() -> {
            field(robot, "#serverHostField").setText(address.host());
            field(robot, "#serverPortField").setText(Integer.toString(address.port()));
            field(robot, "#serverDatabaseField").setText(address.database());
            field(robot, "#serverUserField").setText(address.user());
            robot.lookup("#serverPasswordField").queryAs(PasswordField.class).setText("sai mật khẩu");
            @SuppressWarnings("unchecked")
            ComboBox<ServerAddress.Tls> tls = robot.lookup("#serverTlsComboBox").queryAs(ComboBox.class);
            tls.setValue(ServerAddress.Tls.DISABLE);
        });
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("Cảnh báo: không mã hoá");

        // a wrong password: said in Vietnamese; nothing saved, the inspector unchanged
        test(robot);
        Label result = robot.lookup("#serverResultLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !result.getText().isEmpty());
        assertThat(result.getText()).startsWith("Máy chủ từ chối tên đăng nhập hoặc mật khẩu");
        assertThat(result.getStyleClass()).contains("pc-error-text");
        assertThat(robot.lookup("#serverPasswordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(window.state().services().inspectors().current().map(Inspector::fullName)).contains("Người cũ");
        assertThat(new ServerSettings(window.state().services().database()).address()).isEmpty();

        // the right password: the person shown and named at once in the status bar
        robot.interact(() -> robot.lookup("#serverPasswordField").queryAs(PasswordField.class).setText(PASSWORD));
        test(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result.getText().startsWith("Kết nối được"));
        assertThat(result.getText()).isEqualTo("Kết nối được với tài khoản pc_an (thành viên đoàn kiểm tra). "
                + "Đã lưu địa chỉ máy chủ. Người kiểm tra của máy này: " + PERSON + ".");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ("Người kiểm tra: " + PERSON).equals(
                robot.lookup("#inspectorButton").queryButton().getText()));
        assertThat(window.state().services().inspectors().current().map(Inspector::uuid))
                .contains(UUID.fromString(person));

        // the page opened anew shows the saved address, never a password
        robot.clickOn("#navPLANS");
        WaitForAsyncUtils.waitForFxEvents();
        openSettings(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> address.host().equals(
                field(robot, "#serverHostField").getText()));
        assertThat(field(robot, "#serverPortField").getText()).isEqualTo(Integer.toString(address.port()));
        assertThat(field(robot, "#serverDatabaseField").getText()).isEqualTo(address.database());
        assertThat(field(robot, "#serverUserField").getText()).isEqualTo("pc_an");
        assertThat(robot.lookup("#serverTlsComboBox").queryAs(ComboBox.class).getValue())
                .isEqualTo(ServerAddress.Tls.DISABLE);
        assertThat(robot.lookup("#serverPasswordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(DataFolderFiles.containing(dataDir, PASSWORD)).isEmpty();
        assertThat(DataFolderFiles.containing(dataDir, "sai mật khẩu")).isEmpty();
    }

    private static void openSettings(FxRobot robot) throws Exception {
        robot.clickOn("#navSETTINGS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#serverHostField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void test(FxRobot robot) {
        Button test = robot.lookup("#serverTestButton").queryButton();
        robot.interact(test::fire);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
