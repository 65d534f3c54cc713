package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.plan.Inspector;

/**
 * Settings → "Máy chủ của Sở" without the window (#17), on a real H2 laptop and a real PostgreSQL: a connection that
 * works saves the address, keeps the password only in the OS store and names the account's person as the laptop's
 * inspector; one that fails leaves the laptop's rows and its H2 file byte for byte as they were (while it is open:
 * H2 rewrites its file when it closes).
 */
class ServerConnectServiceTest {

    private static final String PASSWORD = "Mật khẩu của An";

    @TempDir
    Path folder;

    private static DataSource server(String name, String role) {
        DataSource superuser = TestServers.freshDatabase(name);
        Database.onServer(superuser).close();
        TestLogins.createLogin(superuser, role, PASSWORD);
        return superuser;
    }

    private static ServerConnectService service(AppServices laptop, ServerCredentials credentials) {
        return new ServerConnectService(new ServerSettings(laptop.database()), credentials, laptop.inspectors());
    }

    @Test
    void aWorkingConnectionSavesTheAddressKeepsThePasswordInTheStoreAndNamesThePerson() throws Exception {
        DataSource superuser = server("named", "pc_an");
        String person = TestLogins.addAccount(superuser, "pc_an", "INSPECTOR", "Nguyễn Văn An", "Chuyên viên",
                "Sở Nội vụ tỉnh Cao Bằng");
        ServerAddress address = TestLogins.address(superuser, "pc_an");
        FakeSecretTool fake = FakeSecretTool.install(folder.resolve("keyring"), false);
        Path dataDir = Files.createDirectories(folder.resolve("laptop"));
        try (AppServices laptop = AppServices.open(dataDir)) {
            ServerConnectService service = service(laptop, fake.credentials());
            char[] typed = PASSWORD.toCharArray();
            ServerConnectService.Connected connected = service.connectAndSave(address, typed, true);
            assertThat(typed).containsOnly('\0');
            assertThat(connected.account().fullName()).isEqualTo("Nguyễn Văn An");
            assertThat(connected.passwordKept()).isTrue();
            Inspector expected = new Inspector(UUID.fromString(person), "Nguyễn Văn An", "Chuyên viên",
                    "Sở Nội vụ tỉnh Cao Bằng");
            assertThat(laptop.inspectors().current()).contains(expected);
            assertThat(laptop.inspectors().actor()).isEqualTo("Nguyễn Văn An (Chuyên viên, Sở Nội vụ tỉnh Cao Bằng)");
            assertThat(service.savedAddress()).contains(address);
            assertThat(service.keptPassword()).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo(PASSWORD));

            // again with no password typed: the kept one is used; the person is not added twice
            service.connectAndSave(address, new char[0], true);
            assertThat(laptop.inspectors().known()).filteredOn(i -> i.uuid().equals(expected.uuid())).hasSize(1);
        }
        try (AppServices reopened = AppServices.open(dataDir)) {
            assertThat(new ServerSettings(reopened.database()).address()).contains(address);
            assertThat(reopened.inspectors().current().map(Inspector::uuid)).contains(UUID.fromString(person));
        }
        assertThat(DataFolderFiles.containing(dataDir, PASSWORD)).isEmpty();
    }

    @Test
    void notKeepingThePasswordForgetsOneKeptBefore() throws Exception {
        DataSource superuser = server("forget", "pc_binh");
        TestLogins.addAccount(superuser, "pc_binh", "INSPECTOR", "Trần Thị Bình", null, null);
        ServerAddress address = TestLogins.address(superuser, "pc_binh");
        FakeSecretTool fake = FakeSecretTool.install(folder.resolve("keyring"), false);
        try (AppServices laptop = AppServices.open(Files.createDirectories(folder.resolve("laptop")))) {
            ServerConnectService service = service(laptop, fake.credentials());
            service.connectAndSave(address, PASSWORD.toCharArray(), true);
            service.connectAndSave(address, PASSWORD.toCharArray(), false);
            assertThat(fake.credentials().read(address)).isEmpty();
            assertThat(service.keptPassword()).isEmpty();
            assertThat(new ServerSettings(laptop.database()).keepPassword()).isFalse();
        }
    }

    @Test
    void aFailedConnectionLeavesTheLaptopsFileByteForByteUnchanged() throws Exception {
        DataSource superuser = server("failed", "pc_chi");
        TestLogins.addAccount(superuser, "pc_chi", "INSPECTOR", "Lê Chi", null, null);
        DataSource noAccount = server("failednoaccount", "pc_dung");
        ServerAddress good = TestLogins.address(superuser, "pc_chi");
        Path dataDir = Files.createDirectories(folder.resolve("laptop"));
        FakeSecretTool fake = FakeSecretTool.install(folder.resolve("keyring"), false);
        try (AppServices laptop = AppServices.open(dataDir)) {
            laptop.inspectors().choose(Inspector.create("Người cũ", null, null));
            ServerConnectService service = service(laptop, fake.credentials());
            String before = sha256(Database.fileIn(dataDir));
            String rowsBefore = dump(laptop);
            assertKind(() -> service.connectAndSave(good, "sai".toCharArray(), true),
                    ServerException.Kind.WRONG_PASSWORD);
            ServerAddress tls = new ServerAddress(good.host(), good.port(), good.database(), good.user(),
                    ServerAddress.Tls.VERIFY_FULL, null);
            assertKind(() -> service.connectAndSave(tls, PASSWORD.toCharArray(), true), ServerException.Kind.TLS);
            assertKind(() -> service.connectAndSave(TestLogins.address(noAccount, "pc_dung"),
                    PASSWORD.toCharArray(), true), ServerException.Kind.NO_RIGHTS);
            assertThat(service.savedAddress()).isEmpty();
            assertThat(laptop.inspectors().current().map(Inspector::fullName)).contains("Người cũ");
            assertThat(dump(laptop)).isEqualTo(rowsBefore);
            assertThat(sha256(Database.fileIn(dataDir))).isEqualTo(before);
        }
        assertThat(fake.credentials().read(good)).isEmpty();
    }

    @Test
    void aMaliciousPersonOnTheServerIsRefusedAndNamesNobody() throws Exception {
        DataSource superuser = server("malicious", "pc_em");
        TestLogins.addAccount(superuser, "pc_em", "INSPECTOR", "Em\u0000\n(tài khoản máy: root)".replace("\u0000", ""),
                null, null);
        try (AppServices laptop = AppServices.open(Files.createDirectories(folder.resolve("laptop")))) {
            ServerConnectService service = service(laptop, ServerCredentials.asking());
            assertKind(() -> service.connectAndSave(TestLogins.address(superuser, "pc_em"), PASSWORD.toCharArray(),
                    false), ServerException.Kind.BAD_DATA);
            assertThat(laptop.inspectors().current()).isEmpty();
            assertThat(service.savedAddress()).isEmpty();
        }
    }

    private static void assertKind(Runnable connect, ServerException.Kind kind) {
        assertThatThrownBy(connect::run).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.kind()).as(e.toString()).isEqualTo(kind));
    }

    /** Every table and row of the laptop (H2's SCRIPT). */
    static String dump(AppServices laptop) {
        return String.join("\n", laptop.database().dsl().fetch("SCRIPT NOPASSWORDS NOSETTINGS")
                .getValues(0, String.class));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
