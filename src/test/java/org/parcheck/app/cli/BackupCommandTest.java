package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.app.DataFolder;
import org.parcheck.app.InstanceLock;
import org.parcheck.common.domain.UnitType;
import org.parcheck.plan.AdminUnit;
import org.parcheck.persistence.backup.BackupFolder;

/** {@code parcheck backup} then {@code parcheck restore} on a real data folder: files, data, refusals. */
class BackupCommandTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new ParCheckCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(DataFolder.ENV_VARIABLE, dataDir.toString())).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private boolean hasUnit(String name) {
        try (AppServices services = AppServices.open(dataDir)) {
            return services.unitService().units().stream().anyMatch(u -> u.name().equals(name));
        }
    }

    private void addUnit(String name) {
        try (AppServices services = AppServices.open(dataDir)) {
            services.unitService().save(AdminUnit.create(UnitType.COMMUNE, "99999", name, null));
        }
    }

    /** The one backup file named in the last output. */
    private Path printedBackup() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve(BackupFolder.FOLDER_NAME))) {
            return files.filter(f -> output().contains(f.toString())).findFirst().orElseThrow();
        }
    }

    @Test
    void backupWritesACheckedBackupAndPrintsItsPath() throws IOException {
        addUnit("Xã Trước Sao Lưu");

        assertEquals(BackupCommands.OK, run("backup"), errors());

        assertThat(output()).startsWith("Đã sao lưu và kiểm tra lại (đọc đủ mọi dòng, nội dung khớp): "
                + dataDir.resolve(BackupFolder.FOLDER_NAME));
        Path backup = printedBackup();
        assertThat(Files.size(backup)).isPositive();
        assertThat(backup.getFileName().toString()).endsWith(".zip");
        try (Stream<Path> scratch = Files.list(dataDir)) {
            assertThat(scratch.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
    }

    @Test
    void restoreChecksFirstAndNeedsYesThenPutsTheBackupBack() throws IOException {
        assertEquals(BackupCommands.OK, run("backup"), errors());
        Path backup = printedBackup();
        addUnit("Xã Sau Sao Lưu");

        assertEquals(BackupCommands.REFUSED, run("restore", backup.toString()));
        assertThat(output()).contains("đạt khi kiểm tra").contains("--yes").contains("Chưa thay đổi gì.");
        assertThat(hasUnit("Xã Sau Sao Lưu")).as("nothing restored without --yes").isTrue();

        try (InstanceLock held = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertEquals(DataSession.DATA_FOLDER_IN_USE, run("restore", backup.toString(), "--yes"));
            assertThat(errors()).contains("đang được ParCheck khác sử dụng");
        }
        assertThat(hasUnit("Xã Sau Sao Lưu")).as("nothing restored while the folder is in use").isTrue();

        assertEquals(BackupCommands.OK, run("restore", backup.toString(), "--yes"), errors());
        assertThat(output()).startsWith("Đã khôi phục dữ liệu từ " + backup).contains("-before-restore.zip");
        assertThat(hasUnit("Xã Sau Sao Lưu")).as("the data is the backup's again").isFalse();
    }

    @Test
    void restoreOntoANewComputerCreatesTheFolder() throws IOException {
        addUnit("Xã Mang Theo");
        assertEquals(BackupCommands.OK, run("backup"), errors());
        Path backup = printedBackup();
        Path fresh = elsewhere.resolve("máy mới");

        assertEquals(BackupCommands.OK, run("restore", backup.toString(), "--yes", "--data-dir", fresh.toString()),
                errors());

        assertThat(output()).contains(fresh.toString());
        try (AppServices services = AppServices.open(fresh)) {
            assertThat(services.unitService().units()).anyMatch(u -> u.name().equals("Xã Mang Theo"));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws IOException {
        addUnit("Xã Giữ Nguyên");
        Path bad = Files.writeString(elsewhere.resolve("hỏng.zip"), "not a zip at all");

        assertEquals(BackupCommands.REFUSED, run("restore", bad.toString(), "--yes"));
        assertThat(errors()).contains("hỏng.zip").contains("bị hỏng");
        assertThat(hasUnit("Xã Giữ Nguyên")).isTrue();

        assertEquals(BackupCommands.REFUSED, run("restore", elsewhere.resolve("không có.zip").toString(), "--yes"));
        assertThat(errors()).contains("Không có tệp");
    }

    @Test
    void backupOfAFolderThatDoesNotExistIsRefused() {
        Path missing = elsewhere.resolve("chưa có");
        assertEquals(DataSession.DATA_FOLDER_IN_USE, run("backup", "--data-dir", missing.toString()));
        assertThat(Files.exists(missing)).isFalse();
    }
}
