package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.TestLogins;
import org.parcheck.server.TestServers;

/**
 * {@code parcheck sync} (#17) against a real PostgreSQL with a password login: the address saved for the data
 * folder, the password from {@code PARCHECK_SERVER_PASSWORD}, conflicts listed and nothing applied without
 * {@code --keep}, and the exit codes of each failure.
 */
class SyncCommandTest {

    private static final String PASSWORD = "mật-khẩu-đồng-bộ";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private DataSource superuser;
    private Database server;
    private String role;
    private Path office;
    private Path inspector;

    @BeforeEach
    void setUp() throws Exception {
        superuser = TestServers.freshDatabase("cli_sync");
        server = Database.onServer(superuser);
        role = TestLogins.PREFIX + TestServers.nameOf(superuser);
        TestLogins.createLogin(superuser, role, PASSWORD);
        TestLogins.execute(superuser, "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role,
                "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + role);
        TestLogins.addAccount(superuser, role, "OFFICE", "Nguyễn Văn An", "Chuyên viên", "Sở Nội vụ");
        office = Files.createDirectories(dir.resolve("office"));
        inspector = Files.createDirectories(dir.resolve("inspector"));
        try (AppServices a = AppServices.open(office, true); AppServices b = AppServices.open(inspector, false)) {
            save(a, TestLogins.address(superuser, role));
            save(b, TestLogins.address(superuser, role));
        }
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** What Settings → Máy chủ của Sở saves (ServerSettings.save, #17 connect). */
    private static void save(AppServices services, ServerAddress address) {
        new ServerSettings(services.database()).save(address, false);
    }

    private int sync(Path folder, Map<String, String> env, String... options) {
        out.reset();
        err.reset();
        String[] args = CliRunner.words(new String[] {"sync", "--data-dir", folder.toString()}, options);
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
    }

    private int sync(Path folder, String... options) {
        return sync(folder, Map.of(SyncCommand.PASSWORD_VARIABLE, PASSWORD), options);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void syncsBothWaysAndListsConflictsWithoutApplyingThemUnlessKeepIsGiven() throws Exception {
        assertEquals(PackageCommand.OK, sync(office), this::printed);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("gửi lên 1 kế hoạch, 3 cuộc kiểm tra");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Đang gửi những thay đổi của máy này");
        assertEquals(PackageCommand.OK, sync(inspector), this::printed);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nhận về 1 kế hoạch, 3 cuộc kiểm tra");

        note(office, "Văn phòng: thiếu báo cáo");
        assertEquals(PackageCommand.OK, sync(office), this::printed);
        note(inspector, "Đoàn: đã bổ sung");

        assertEquals(SyncCommand.CONFLICTS, sync(inspector), this::printed);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Có 1 xung đột").contains("1.4.2")
                .contains("--keep");
        assertThat(noteOf(inspector)).isEqualTo("Đoàn: đã bổ sung");
        // nothing was applied: the next plain sync meets the same conflict again
        assertEquals(SyncCommand.CONFLICTS, sync(inspector), this::printed);

        assertEquals(PackageCommand.OK, sync(inspector, "--keep", "theirs"), this::printed);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 xung đột đã quyết định");
        assertThat(noteOf(inspector)).isEqualTo("Văn phòng: thiếu báo cáo");
    }

    /**
     * An inspector's account that is on no plan's team: the laptop's plan and visits are not sent, and the output
     * says how many wait (before, only the log did) and, on the next line, which (s8).
     */
    @Test
    void changesToAPlanTheAccountIsNotOnAreCountedInTheOutput() throws Exception {
        String inspectorRole = role + "_tv";
        TestLogins.createLogin(superuser, inspectorRole, PASSWORD);
        TestLogins.addAccount(superuser, inspectorRole, "INSPECTOR", "Lê Văn Miều", null, null);
        try (AppServices a = AppServices.open(office, false)) {
            save(a, TestLogins.address(superuser, inspectorRole));
        }
        assertEquals(PackageCommand.OK, sync(office), this::printed);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("gửi lên 0 kế hoạch, 0 cuộc kiểm tra")
                .contains("4 kế hoạch hoặc cuộc kiểm tra đã thay đổi trên máy này chưa được gửi vì tài khoản này "
                        + "không có trong đoàn của kế hoạch đó")
                .containsPattern("\nĐang chờ gửi: kế hoạch [^;\n]+; [^\n]*huyện Hạ Lang[^\n]*\\.\r?\n");
    }

    @Test
    void eachFailureHasItsExitCodeAndChangesNothing() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (AppServices services = AppServices.open(empty, false)) {
            assertThat(services.planService().overviews()).isEmpty();
        }
        assertEquals(SyncCommand.NO_SERVER, sync(empty), this::printed);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Máy chủ của Sở");

        assertEquals(Passwords.EXIT_CODE, sync(office, Map.of()), this::printed);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(SyncCommand.PASSWORD_VARIABLE);

        assertEquals(Passwords.EXIT_CODE, sync(office, Map.of(SyncCommand.PASSWORD_VARIABLE, "sai-mật-khẩu")),
                this::printed);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sai tên đăng nhập hoặc mật khẩu");

        try (AppServices a = AppServices.open(office, true)) {
            ServerAddress here = TestLogins.address(superuser, role);
            save(a, new ServerAddress(here.host(), 1, here.database(), here.user(), here.tls(), null));
        }
        assertEquals(SyncCommand.NOT_CONNECTED, sync(office), this::printed);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("không trả lời");

        assertEquals(SyncCommand.BAD_DATA, SyncCommand.exitCode(org.parcheck.server.ServerException.Kind.BAD_DATA));
        assertEquals(SyncCommand.CONNECTION_LOST,
                SyncCommand.exitCode(org.parcheck.server.ServerException.Kind.CONNECTION_LOST));
        // none of the refusals wrote to the server
        assertThat(server.dsl().fetchCount(server.dsl().selectFrom(org.jooq.impl.DSL.table("server_revision"))))
                .isZero();
    }

    private static void note(Path folder, String note) {
        try (AppServices services = AppServices.open(folder, false)) {
            long visit = haLang(services);
            Answer answer = services.answerService().sheet(visit).answers().get("1.4.2");
            services.answerService().saveAnswer(visit, answer.withNote(note));
        }
    }

    private static String noteOf(Path folder) {
        try (AppServices services = AppServices.open(folder, false)) {
            return services.answerService().sheet(haLang(services)).answers().get("1.4.2").note();
        }
    }

    private static long haLang(AppServices services) {
        return services.planService().visits(services.planService().overviews().get(0).plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }
}
