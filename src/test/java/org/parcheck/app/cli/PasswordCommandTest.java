package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.persistence.Database;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.FolderKeys;
import org.parcheck.protection.SealedStreams;

/**
 * The command line's passwords (#19), through {@link ParCheckCli} with the environment and the console given as
 * seams: a protected package is written with {@code --protect} (or by default from a protected data folder) and
 * read with its password from {@code PARCHECK_PACKAGE_PASSWORD} or the console; a protected data folder opens with
 * {@code PARCHECK_PASSWORD} or the console; a missing or wrong password is exit 10 with nothing changed; no option
 * takes a password.
 */
class PasswordCommandTest {

    private static final String FOLDER_PASSWORD = "mật khẩu thư mục";
    private static final String PACKAGE_PASSWORD = "mật khẩu của gói";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** What the fake console answers, in order; what it was asked. */
    private final Deque<String> typed = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();
    private Path plain;
    private long planId;
    private long protectedPlan;

    @BeforeEach
    void aFolderWithThePlan() throws Exception {
        plain = Files.createDirectories(dir.resolve("plain"));
        try (AppServices services = AppServices.open(plain)) {
            planId = services.planService().overviews().get(0).plan().id();
        }
    }

    private int run(Map<String, String> env, boolean console, String... args) {
        out.reset();
        err.reset();
        CliContext.PasswordConsole fake = prompt -> {
            prompts.add(prompt);
            String next = typed.poll();
            return next == null ? null : next.toCharArray();
        };
        return new ParCheckCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, dir, console ? fake : null).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The help as one line: picocli wraps it at the terminal's width. */
    private String flatOut() {
        return out().replaceAll("\\s+", " ");
    }

    private int exportFromPlain(Map<String, String> env, boolean console, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "package", "--plan", Long.toString(planId), "--out",
                file.toString(), "--data-dir", plain.toString()));
        args.addAll(List.of(more));
        return run(env, console, args.toArray(String[]::new));
    }

    @Test
    void aProtectedPackageFromTheEnvironmentOpensOnlyWithItsPassword() throws Exception {
        Path file = dir.resolve("gói.parcheck");
        assertEquals(0, exportFromPlain(Map.of("PARCHECK_PACKAGE_PASSWORD", PACKAGE_PASSWORD), false, file,
                "--protect"), this::err);
        assertTrue(SealedStreams.isPasswordSealed(file));
        assertThat(out()).contains("được bảo vệ bằng mật khẩu").contains("không lưu nó ở đâu cả");

        Path b = Files.createDirectories(dir.resolve("b"));
        assertEquals(PackageCommand.PASSWORD, run(Map.of(), false, "import", "package", file.toString(),
                "--data-dir", b.toString()));
        assertThat(err()).contains("PARCHECK_PACKAGE_PASSWORD").contains("Chưa có gì thay đổi");
        assertEquals(PackageCommand.PASSWORD, run(Map.of("PARCHECK_PACKAGE_PASSWORD", "sai mật khẩu"), false,
                "import", "package", file.toString(), "--data-dir", b.toString()));
        assertThat(err()).contains("Mật khẩu của gói không đúng");
        try (AppServices services = AppServices.open(b)) {
            assertThat(services.planService().overviews()).isEmpty();
        }
        assertEquals(0, run(Map.of("PARCHECK_PACKAGE_PASSWORD", PACKAGE_PASSWORD), false, "import", "package",
                file.toString(), "--data-dir", b.toString()), this::err);
        assertThat(out()).contains("thêm 1 kế hoạch");
    }

    @Test
    void theConsoleAsksTheNewPasswordTwiceAndThePackagePasswordOnce() throws Exception {
        Path file = dir.resolve("console.parcheck");
        typed.addAll(List.of(PACKAGE_PASSWORD, "khác hẳn nhau"));
        assertEquals(PackageCommand.PASSWORD, exportFromPlain(Map.of(), true, file, "--protect"));
        assertThat(err()).contains("không giống nhau");
        assertFalse(Files.exists(file));

        typed.addAll(List.of("ngắn", "ngắn"));
        assertEquals(PackageCommand.PASSWORD, exportFromPlain(Map.of(), true, file, "--protect"));
        assertThat(err()).contains("ít nhất 8 ký tự");
        assertFalse(Files.exists(file));

        prompts.clear();
        typed.addAll(List.of(PACKAGE_PASSWORD, PACKAGE_PASSWORD));
        assertEquals(0, exportFromPlain(Map.of(), true, file, "--protect"), this::err);
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0)).contains("Đặt mật khẩu cho gói");

        Path b = Files.createDirectories(dir.resolve("b"));
        prompts.clear();
        typed.add(PACKAGE_PASSWORD);
        assertEquals(0, run(Map.of(), true, "import", "package", file.toString(), "--data-dir", b.toString()),
                this::err);
        assertThat(prompts).containsExactly("Mật khẩu của gói: ");
    }

    @Test
    void withoutAPasswordSourceNothingIsWrittenAndNoOptionTakesAPassword() {
        Path file = dir.resolve("none.parcheck");
        assertEquals(PackageCommand.PASSWORD, exportFromPlain(Map.of(), false, file, "--protect"));
        assertThat(err()).contains("PARCHECK_PACKAGE_PASSWORD").contains("--no-protect");
        assertFalse(Files.exists(file));

        assertEquals(ParCheckCli.USAGE, exportFromPlain(Map.of(), false, file, "--password", "bí mật"));
        assertThat(err()).contains("--password");
        assertEquals(ParCheckCli.USAGE, run(Map.of(), false, "import", "package", file.toString(), "--password",
                "bí mật", "--data-dir", plain.toString()));
        assertEquals(ParCheckCli.USAGE, exportFromPlain(Map.of(), false, file, "--protect", "--no-protect"));
        assertThat(err()).contains("--protect").contains("--no-protect");
        assertFalse(Files.exists(file));
        assertThat(out()).isEmpty();
    }

    @Test
    void theHelpSaysWhereThePasswordsComeFromInBothLanguages() {
        assertEquals(0, run(Map.of(), false, "export", "package", "--help", "--data-dir", plain.toString()));
        assertThat(flatOut()).contains("--protect").contains("--no-protect").contains("PARCHECK_PACKAGE_PASSWORD")
                .contains("10 thiếu mật khẩu");
        assertEquals(0, run(Map.of(), false, "--help", "--data-dir", plain.toString()));
        assertThat(flatOut()).contains("PARCHECK_PASSWORD").contains("Không tham số nào nhận mật khẩu");
        org.parcheck.app.settings.UiSettings english = org.parcheck.app.settings.UiSettings.load(plain);
        english.setLanguage(org.parcheck.common.i18n.Messages.ENGLISH);
        english.save();
        assertEquals(0, run(Map.of(), false, "import", "package", "--help", "--data-dir", plain.toString()));
        assertThat(flatOut()).contains("PARCHECK_PACKAGE_PASSWORD").contains("10 a password missing or wrong");
        assertEquals(0, run(Map.of(), false, "--help", "--data-dir", plain.toString()));
        assertThat(flatOut()).contains("PARCHECK_PASSWORD").contains("No option takes a password");
    }

    /** A protected data folder holding the demo plan (imported from the plain folder with its password). */
    private Path protectedFolder() throws Exception {
        Path folder = dir.resolve("protected");
        FolderProtection.protectNewFolder(folder, FOLDER_PASSWORD.toCharArray());
        Path file = dir.resolve("plain.parcheck");
        assertEquals(0, exportFromPlain(Map.of(), false, file), this::err);
        assertEquals(0, run(Map.of("PARCHECK_PASSWORD", FOLDER_PASSWORD), false, "import", "package",
                file.toString(), "--data-dir", folder.toString()), this::err);
        try (DataKey key = FolderProtection.unlock(folder, FOLDER_PASSWORD.toCharArray());
             AppServices services = AppServices.open(folder, false, key)) {
            protectedPlan = services.planService().overviews().get(0).plan().id();
        }
        return folder;
    }

    @Test
    void aProtectedFolderOpensWithItsPasswordOnlyAndChangesNothingOtherwise() throws Exception {
        Path folder = protectedFolder();
        Path database = Database.fileIn(folder);
        byte[] databaseBefore = Files.readAllBytes(database);
        byte[] keysBefore = Files.readAllBytes(FolderKeys.fileIn(folder));
        Path file = dir.resolve("out.parcheck");
        String[] export = {"export", "package", "--plan", Long.toString(protectedPlan), "--out", file.toString(),
            "--data-dir", folder.toString()};

        assertEquals(Passwords.EXIT_CODE, run(Map.of(), false, export));
        assertThat(err()).contains("PARCHECK_PASSWORD").contains("không bao giờ được ghi trên dòng lệnh");
        assertEquals(Passwords.EXIT_CODE, run(Map.of("PARCHECK_PASSWORD", "sai"), false, export));
        assertThat(err()).contains("Mật khẩu của thư mục dữ liệu không đúng");
        prompts.clear();
        typed.add("cũng sai");
        assertEquals(Passwords.EXIT_CODE, run(Map.of(), true, export));
        assertThat(prompts).containsExactly("Mật khẩu của thư mục dữ liệu: ");
        assertFalse(Files.exists(file));
        assertArrayEquals(databaseBefore, Files.readAllBytes(database));
        assertArrayEquals(keysBefore, Files.readAllBytes(FolderKeys.fileIn(folder)));

        // from a protected folder a package is protected by default: its password is needed
        Map<String, String> env = new HashMap<>(Map.of("PARCHECK_PASSWORD", FOLDER_PASSWORD));
        assertEquals(PackageCommand.PASSWORD, run(env, false, export));
        assertThat(err()).contains("PARCHECK_PACKAGE_PASSWORD");
        assertFalse(Files.exists(file));
        env.put("PARCHECK_PACKAGE_PASSWORD", PACKAGE_PASSWORD);
        assertEquals(0, run(env, false, export), this::err);
        assertTrue(SealedStreams.isPasswordSealed(file));

        // --no-protect: a plain package, and a note that says so
        Files.delete(file);
        env.remove("PARCHECK_PACKAGE_PASSWORD");
        List<String> plainExport = new ArrayList<>(List.of(export));
        plainExport.add("--no-protect");
        assertEquals(0, run(env, false, plainExport.toArray(String[]::new)), this::err);
        assertFalse(SealedStreams.isSealed(file));
        assertThat(out()).contains("không được mã hoá");
    }

    /** A plan report of a protected folder (D26: one read-only open with the folder's key) changes no byte. */
    @Test
    void aReportOfAProtectedFolderNeedsItsPasswordAndChangesNoByte() throws Exception {
        Path folder = protectedFolder();
        byte[] databaseBefore = Files.readAllBytes(Database.fileIn(folder));
        Path pdf = dir.resolve("plan.pdf");
        String[] report = {"report", "plan", Long.toString(protectedPlan), "--out", pdf.toString(),
            "--data-dir", folder.toString()};
        assertEquals(Passwords.EXIT_CODE, run(Map.of("PARCHECK_PASSWORD", "sai"), false, report));
        assertFalse(Files.exists(pdf));
        assertEquals(0, run(Map.of("PARCHECK_PASSWORD", FOLDER_PASSWORD), false, report), this::err);
        assertTrue(Files.size(pdf) > 1000);
        assertArrayEquals(databaseBefore, Files.readAllBytes(Database.fileIn(folder)));
    }

    /**
     * Backup and restore of a protected folder on the command line: restore needs the folder's password (nothing
     * changed without it or with a wrong one); with it, the new backup is checked with the key and the restore works.
     */
    @Test
    void backupAndRestoreOfAProtectedFolderNeedItsPassword() throws Exception {
        Path folder = protectedFolder();
        Path backup;
        try (DataKey key = FolderProtection.unlock(folder, FOLDER_PASSWORD.toCharArray());
             AppServices services = AppServices.open(folder, false, key)) {
            backup = services.backups().backupNow().file();
        }
        byte[] databaseBefore = Files.readAllBytes(Database.fileIn(folder));

        assertEquals(Passwords.EXIT_CODE, run(Map.of(), false, "restore", backup.toString(), "--yes", "--data-dir",
                folder.toString()));
        assertThat(err()).contains("PARCHECK_PASSWORD");
        assertEquals(Passwords.EXIT_CODE, run(Map.of("PARCHECK_PASSWORD", "sai"), false, "restore",
                backup.toString(), "--yes", "--data-dir", folder.toString()));
        assertThat(err()).contains("Mật khẩu của thư mục dữ liệu không đúng");
        assertArrayEquals(databaseBefore, Files.readAllBytes(Database.fileIn(folder)));
        assertTrue(Files.exists(backup));
        Map<String, String> env = Map.of("PARCHECK_PASSWORD", FOLDER_PASSWORD);
        assertEquals(0, run(env, false, "backup", "--data-dir", folder.toString()), this::err);
        assertEquals(0, run(env, false, "restore", backup.toString(), "--yes", "--data-dir", folder.toString()),
                this::err);
        assertEquals(0, run(env, false, "export", "package", "--plan", Long.toString(protectedPlan), "--out",
                dir.resolve("after.parcheck").toString(), "--no-protect", "--data-dir", folder.toString()),
                this::err);
    }

    @Test
    void aDamagedKeyFileIsDamagedDataAndChangesNothing() throws Exception {
        Path folder = protectedFolder();
        Path keys = FolderKeys.fileIn(folder);
        Files.writeString(keys, "hỏng");
        byte[] databaseBefore = Files.readAllBytes(Database.fileIn(folder));
        assertEquals(DamagedData.EXIT_CODE, run(Map.of("PARCHECK_PASSWORD", FOLDER_PASSWORD), false, "backup",
                "--data-dir", folder.toString()));
        assertThat(err()).contains("parcheck.keys").contains("bị hỏng");
        assertArrayEquals(databaseBefore, Files.readAllBytes(Database.fileIn(folder)));
        assertEquals("hỏng", Files.readString(keys));
    }
}
