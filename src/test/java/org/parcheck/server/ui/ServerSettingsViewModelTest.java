package org.parcheck.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.RecordingDialogs;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.plan.Inspector;
import org.parcheck.server.FakeSecretTool;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerConnectService;
import org.parcheck.server.ServerConnector;
import org.parcheck.server.ServerCredentials;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.TestLogins;
import org.parcheck.server.TestServers;

/**
 * Settings → "Máy chủ của Sở" (#17) without the FX toolkit, on a real H2 laptop and, where a connection is made, a
 * real PostgreSQL: the field checks, the TLS warnings, the store said, a cancelled test, and a kept password.
 */
class ServerSettingsViewModelTest {

    private static final String PASSWORD = "Mật khẩu thử";
    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private final AtomicInteger connects = new AtomicInteger();
    private final AtomicReference<Inspector> named = new AtomicReference<>();

    @TempDir
    Path folder;
    private AppServices laptop;

    @BeforeEach
    void open() throws Exception {
        laptop = AppServices.open(Files.createDirectories(folder.resolve("laptop")));
    }

    @AfterEach
    void close() {
        laptop.close();
    }

    private ServerSettingsViewModel model(ServerCredentials credentials, ServerConnectService.Connector connector) {
        ServerConnectService service = new ServerConnectService(new ServerSettings(laptop.database()), credentials,
                laptop.inspectors(), (address, password) -> {
                    connects.incrementAndGet();
                    return connector.connect(address, password);
                });
        return new ServerSettingsViewModel(service, new SameThreadExecutor(), messages, new RecordingDialogs(),
                named::set);
    }

    @Test
    void wrongFieldsAreSaidAndNothingIsTried() {
        ServerSettingsViewModel model = model(ServerCredentials.asking(), ServerConnector::connect);
        model.testConnection();
        assertThat(model.resultProperty().get()).isEqualTo(messages.get("server.settings.invalid.host"));
        assertThat(model.failedProperty().get()).isTrue();

        model.hostProperty().set("may chu");
        model.testConnection();
        assertThat(model.resultProperty().get()).isEqualTo(messages.get("server.settings.invalid.host"));

        model.hostProperty().set("localhost");
        model.portProperty().set("năm");
        model.testConnection();
        assertThat(model.resultProperty().get()).isEqualTo(messages.get("server.settings.invalid.port"));

        model.portProperty().set("70000");
        model.testConnection();
        assertThat(model.resultProperty().get()).isEqualTo(messages.get("server.settings.invalid.port"));

        model.portProperty().set("5432");
        model.userProperty().set(" ");
        model.testConnection();
        assertThat(model.resultProperty().get()).isEqualTo(messages.get("server.settings.invalid.user"));

        model.userProperty().set("an");
        model.caFileProperty().set(folder.resolve("khong-co.pem").toString());
        model.testConnection();
        assertThat(model.resultProperty().get()).startsWith("Không tìm thấy tệp chứng chỉ CA");
        assertThat(connects).hasValue(0);
    }

    @Test
    void theWeakerTlsChoicesAreWarnedOfAndTheStoreIsSaid() throws Exception {
        ServerSettingsViewModel model = model(ServerCredentials.asking(), ServerConnector::connect);
        assertThat(model.tlsProperty().get()).isEqualTo(ServerAddress.Tls.VERIFY_FULL);
        assertThat(model.tlsWarningProperty().get()).isEmpty();
        model.tlsProperty().set(ServerAddress.Tls.REQUIRE);
        assertThat(model.tlsWarningProperty().get()).startsWith("Cảnh báo: không kiểm tra chứng chỉ");
        model.tlsProperty().set(ServerAddress.Tls.DISABLE);
        assertThat(model.tlsWarningProperty().get()).startsWith("Cảnh báo: không mã hoá");
        model.tlsProperty().set(ServerAddress.Tls.VERIFY_FULL);
        assertThat(model.tlsWarningProperty().get()).isEmpty();

        assertThat(model.canKeepPassword()).isFalse();
        assertThat(model.storeText()).contains("hỏi mỗi lần");
        ServerSettingsViewModel linux = model(FakeSecretTool.install(folder.resolve("keyring"), false).credentials(),
                ServerConnector::connect);
        assertThat(linux.canKeepPassword()).isTrue();
        assertThat(linux.storeText()).contains("Secret Service");
    }

    @Test
    void aCancelledTestSavesNothingAndNamesNobody() {
        DataSource superuser = server("vm_cancel", "pc_vm");
        AtomicReference<ServerSettingsViewModel> model = new AtomicReference<>();
        model.set(model(ServerCredentials.asking(), (address, password) -> {
            model.get().runningTask().cancel(); // the user clicks Hủy while it connects
            return ServerConnector.connect(address, password);
        }));
        fill(model.get(), TestLogins.address(superuser, "pc_vm"));
        model.get().testConnection();

        assertThat(connects).hasValue(1);
        assertThat(model.get().resultProperty().get()).isEqualTo(messages.get("server.settings.cancelled"));
        assertThat(new ServerSettings(laptop.database()).address()).isEmpty();
        assertThat(laptop.inspectors().current()).isEmpty();
        assertThat(named.get()).isNull();
    }

    @Test
    void aKeptPasswordIsSaidAndUsedWhenTheFieldIsLeftEmpty() throws Exception {
        DataSource superuser = server("vm_keep", "pc_vm");
        FakeSecretTool fake = FakeSecretTool.install(folder.resolve("keyring"), false);
        ServerSettingsViewModel model = model(fake.credentials(), ServerConnector::connect);
        fill(model, TestLogins.address(superuser, "pc_vm"));
        model.keepPasswordProperty().set(true);
        model.testConnection();
        assertThat(model.failedProperty().get()).as(model.resultProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).endsWith(messages.get("server.settings.passwordKept"));
        assertThat(named.get().fullName()).isEqualTo("Phan Văn Vinh");
        assertThat(model.passwordProperty().get()).isEmpty();

        // a new page: the saved address and the choice come back; an empty field uses the kept password
        ServerSettingsViewModel again = model(fake.credentials(), ServerConnector::connect);
        again.load();
        assertThat(again.userProperty().get()).isEqualTo("pc_vm");
        assertThat(again.keepPasswordProperty().get()).isTrue();
        again.testConnection();
        assertThat(again.failedProperty().get()).as(again.resultProperty().get()).isFalse();
        assertThat(connects).hasValue(2);
    }

    private static DataSource server(String name, String role) {
        DataSource superuser = TestServers.freshDatabase(name);
        Database.onServer(superuser).close();
        TestLogins.createLogin(superuser, role, PASSWORD);
        TestLogins.addAccount(superuser, role, "INSPECTOR", "Phan Văn Vinh", null, null);
        return superuser;
    }

    private static void fill(ServerSettingsViewModel model, ServerAddress address) {
        model.hostProperty().set(address.host());
        model.portProperty().set(Integer.toString(address.port()));
        model.databaseProperty().set(address.database());
        model.userProperty().set(address.user());
        model.tlsProperty().set(address.tls());
        model.passwordProperty().set(PASSWORD);
    }
}
