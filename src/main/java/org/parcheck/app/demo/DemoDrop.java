package org.parcheck.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parcheck.app.FirstStart;
import org.parcheck.app.backup.BackupService;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.criteria.demo.DemoFrameworks;
import org.parcheck.persistence.AppMetadata;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DemoRows;
import org.parcheck.persistence.backup.BackupInfo;
import org.parcheck.persistence.backup.DatabaseRestore;

/**
 * "Xoá dữ liệu mẫu" (#16 §5): drops the first-run demo from a data folder that holds it beside real work, in one
 * step, with a verified backup first.
 *
 * <p>Offered only when the folder holds the demo ({@link DemoDataSeeder#holdsDemo}) and is not the demo folder
 * itself. {@link #drop} makes a backup the way "Sao lưu ngay" does and checks it the way a restore would
 * ({@link DatabaseRestore#check}); if either fails nothing is deleted. Then, in one transaction, the demo's rows go
 * ({@link DemoRows}: the demo plans with their visits and everything recorded at them, the demo frameworks and units
 * unless real work uses them), one change-log line records it by the current inspector, and the folder is marked
 * {@link DemoDataSeeder#DECLINED_DROPPED} so the demo is never seeded into it again. After the commit, the evidence
 * files of the demo visits ({@code attachments/<visit id>}) are deleted.
 */
public final class DemoDrop {

    private static final Logger LOG = Logger.getLogger(DemoDrop.class.getName());

    /** What was dropped, and the backup made before. */
    public record Dropped(DemoRows.Found found, BackupInfo backup) {
    }

    private final Path dataDir;
    private final Database database;
    private final AppMetadata metadata;
    private final DemoDataSeeder seeder;
    private final BackupService backups;
    private final Supplier<String> actor;
    private final Clock clock;

    public DemoDrop(Path dataDir, Database database, AppMetadata metadata, DemoDataSeeder seeder,
                    BackupService backups, Supplier<String> actor, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.metadata = metadata;
        this.seeder = seeder;
        this.backups = backups;
        this.actor = actor;
        this.clock = clock;
    }

    /** Whether to offer the drop: the folder holds the demo, is writable, and is not the demo folder itself. */
    public boolean offered() {
        return !FirstStart.isDemoFolder(dataDir) && !database.readOnly() && seeder.holdsDemo();
    }

    /** What a drop would delete now (for the question). */
    public DemoRows.Found preview() {
        return new DemoRows(database).find(frameworkUuids(), DemoDataSeeder.unitKeys());
    }

    /**
     * Backs up (verified), then deletes the demo in one transaction and marks the folder. Throws the backup's
     * {@code BackupException} (nothing deleted) when the backup cannot be made or does not check out; throws
     * {@link IllegalStateException} when the drop is not offered here.
     */
    public Dropped drop() {
        if (!offered()) {
            throw new IllegalStateException("This data folder holds no demo to drop: " + dataDir);
        }
        BackupInfo backup = backups.backupNow();
        DatabaseRestore.check(dataDir, backup.file(), backups.key());
        LOG.info(() -> "Backup before dropping the demo made and checked: " + backup.file());
        DemoRows rows = new DemoRows(database);
        DemoRows.Found found = database.inTransaction(() -> {
            DemoRows.Found now = rows.find(frameworkUuids(), DemoDataSeeder.unitKeys());
            rows.delete(now, actor.get(), LocalDateTime.now(clock));
            metadata.put(AppMetadata.DEMO_SEEDED, DemoDataSeeder.DECLINED_DROPPED + " " + LocalDate.now(clock));
            return now;
        });
        // ids and counts only: no names in the log (#19)
        LOG.info(() -> "Demo data dropped: " + found.planNames().size() + " plans, " + found.visitIds().size()
                + " visits, " + found.frameworkNames().size() + " frameworks, " + found.unitIds().size() + " units");
        found.visitIds().forEach(this::deleteEvidenceFiles);
        return new Dropped(found, backup);
    }

    private static Set<UUID> frameworkUuids() {
        return DemoFrameworks.all().stream().map(StoredFramework::header).map(h -> h.uuid())
                .collect(Collectors.toSet());
    }

    /** The visit's copies of evidence files; a failure is logged (the rows are gone, the backup keeps the files). */
    private void deleteEvidenceFiles(long visitId) {
        Path folder = dataDir.resolve("attachments").resolve(Long.toString(visitId));
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Deleting the demo visit's evidence files in " + folder + " failed", e);
        }
    }
}
