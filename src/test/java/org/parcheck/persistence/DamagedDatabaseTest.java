package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.VisitDetails;
import org.parcheck.app.AppServices;
import org.parcheck.app.backup.BackupService;
import org.parcheck.app.cli.ParCheckCli;
import org.parcheck.persistence.backup.DatabaseBackup;
import org.parcheck.persistence.backup.DatabaseRestore;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;

/**
 * Issue #15 part 5: a file that is refused keeps every byte; damage inside data pages (which H2 does not checksum)
 * is found on opening, named by visit, and stops every write; saves keep the seals true; the newest verified backup
 * is restored in one step with the damaged file kept aside; the command line says what is damaged. H2 only: the
 * content seals read H2's {@code _ROWID_}; a server's integrity is PostgreSQL's own (D24).
 */
class DamagedDatabaseTest {

    private static final String MARKER = "DAU-VET-KIEM-TRA-0001";

    @TempDir
    static Path demoDir;
    private static byte[] demo;
    private static long markedVisit;
    /** Every row of every table of the demo file ({@link DatabaseBackup#revision()}). */
    private static String content;

    @TempDir
    Path dir;

    /** A demo database with one answer whose note is {@link #MARKER}, closed. */
    @BeforeAll
    static void makeDemo() throws IOException {
        try (AppServices services = AppServices.open(demoDir)) {
            markedVisit = visitWithAnswers(services);
            Answer answer = services.answerService().sheet(markedVisit).answers().values().iterator().next();
            services.answerService().saveAnswer(markedVisit, answer.withNote(MARKER));
        }
        demo = Files.readAllBytes(Database.fileIn(demoDir));
        Path copy = Files.createDirectories(demoDir.resolve("copy"));
        Files.write(Database.fileIn(copy), demo);
        try (AppServices services = AppServices.open(copy)) {
            content = new DatabaseBackup(services.database()).revision();
        }
    }

    private static long visitWithAnswers(AppServices services) {
        for (PlanOverview plan : services.plans().overviews()) {
            for (Visit visit : services.plans().visits(plan.plan().id())) {
                if (!services.answerService().sheet(visit.id()).answers().isEmpty()) {
                    return visit.id();
                }
            }
        }
        throw new IllegalStateException("no visit with answers");
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Database.fileIn(dir);
        Files.write(file, bytes);
        return file;
    }

    /** Opens through the real path and expects a refusal of {@code kind} that leaves every byte as it was. */
    private void assertRefusedUnchanged(byte[] bytes, DatabaseException.Kind kind) throws IOException {
        Path file = write(bytes);
        assertThatThrownBy(() -> AppServices.open(dir).close())
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(kind));
        assertThat(Files.readAllBytes(file)).as("bytes of the refused file").isEqualTo(bytes);
        // the one read-only open of a report command (D26) refuses it alike
        assertThatThrownBy(() -> AppServices.openForReading(dir, false, null).close())
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(kind));
        assertThat(Files.readAllBytes(file)).as("bytes of the file refused for reading").isEqualTo(bytes);
    }

    @Test
    void aFileWithBothHeadersDamagedIsRefusedAndKeepsEveryByte() throws IOException {
        byte[] bytes = demo.clone();
        Arrays.fill(bytes, 0, 8192, (byte) 0);
        assertRefusedUnchanged(bytes, DatabaseException.Kind.DAMAGED);
    }

    @Test
    void aTruncatedFileIsRefusedOrReportedAndKeepsEveryByte() throws IOException {
        int refused = 0;
        for (int eighth = 1; eighth < 8; eighth++) {
            byte[] bytes = Arrays.copyOf(demo, demo.length * eighth / 8);
            Path file = write(bytes);
            try (AppServices services = AppServices.open(dir)) {
                if (services.database().damage().isEmpty()) {
                    // only blocks H2 no longer used were cut: the content must be the original's
                    assertThat(new DatabaseBackup(services.database()).revision())
                            .as("truncated to %d/8, opened without a report: content", eighth).isEqualTo(content);
                    continue;
                }
            } catch (DatabaseException e) {
                refused++;
            }
            assertThat(Files.readAllBytes(file)).as("truncated to %d/8: bytes", eighth).isEqualTo(bytes);
        }
        assertThat(refused).isPositive();
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAndKeepsEveryByte() throws IOException {
        assertRefusedUnchanged("không phải cơ sở dữ liệu\n".getBytes(StandardCharsets.UTF_8),
                DatabaseException.Kind.DAMAGED);
    }

    @Test
    void aDamagedChunkIsRefusedOrReportedAndKeepsEveryByte() throws IOException {
        // every 4 KB block of live data in turn: refused, or opened read-only with the damage reported, or (a block
        // H2 no longer uses) opened with the same content; never a changed byte before the damage is known
        int checked = 0;
        for (int block = 2; block < demo.length / 4096; block += 3) {
            byte[] bytes = demo.clone();
            Arrays.fill(bytes, block * 4096, (block + 1) * 4096, (byte) 0);
            Path file = write(bytes);
            try (AppServices services = AppServices.open(dir)) {
                if (services.database().damage().isPresent()) {
                    assertThat(Files.readAllBytes(file)).as("block %d: bytes of the damaged file", block)
                            .isEqualTo(bytes);
                    checked++;
                } else {
                    assertThat(new DatabaseBackup(services.database()).revision())
                            .as("block %d zeroed, opened without a report: content", block).isEqualTo(content);
                }
            } catch (DatabaseException e) {
                assertThat(Files.readAllBytes(file)).as("block %d: bytes of the refused file", block).isEqualTo(bytes);
                checked++;
            }
            Files.deleteIfExists(file);
        }
        assertThat(checked).as("damaged blocks that were refused or reported").isPositive();
    }

    @Test
    void aFileFromANewerParCheckIsRefusedAndKeepsEveryByte() throws IOException, SQLException {
        Path file = write(demo);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("parcheck"), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'sa', 0, TRUE)");
        }
        byte[] newer = Files.readAllBytes(file);
        assertRefusedUnchanged(newer, DatabaseException.Kind.NEWER_VERSION);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndKeepsEveryByte() throws IOException, SQLException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("parcheck"), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100))");
            s.executeUpdate("INSERT INTO customer VALUES (1, 'An')");
        }
        assertRefusedUnchanged(Files.readAllBytes(Database.fileIn(other)), DatabaseException.Kind.NOT_PARCHECK);
    }

    /** The demo file with the marker note changed in place, byte for byte, as damage in a data page would. */
    private static byte[] silentlyChanged() {
        byte[] bytes = demo.clone();
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        int found = 0;
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                bytes[i + marker.length - 1] = '9';
                found++;
            }
        }
        assertThat(found).as("copies of the marker in the file").isPositive();
        return bytes;
    }

    @Test
    void aSilentlyChangedValueIsReportedWithItsVisitAndNothingCanBeWritten() throws IOException {
        byte[] bytes = silentlyChanged();
        Path file = write(bytes);
        try (AppServices services = AppServices.open(dir)) {
            DamageReport damage = services.database().damage().orElseThrow(
                    () -> new AssertionError("the changed note was not reported"));
            assertThat(damage.sealed()).isTrue();
            assertThat(damage.visits()).extracting(DamageReport.DamagedVisit::id).containsExactly(markedVisit);
            assertThat(damage.visits().get(0).unit()).isNotBlank();
            assertThat(damage.visits().get(0).date()).isNotNull();
            assertThat(services.database().readOnly()).isTrue();
            Answer answer = services.answerService().sheet(markedVisit).answers().values().iterator().next();
            assertThatThrownBy(() -> services.answerService().saveAnswer(markedVisit, answer.withNote("mới")))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.READ_ONLY_DAMAGED));
            services.backupOnStart();
            assertThat(services.backups().list()).as("no start-up backup from damaged data").isEmpty();
        }
        assertThat(Files.readAllBytes(file)).as("bytes of the damaged file after the session").isEqualTo(bytes);
    }

    @Test
    void savesOfEveryKindKeepTheSealsTrue() throws IOException {
        Files.write(Database.fileIn(dir), demo);
        try (AppServices services = AppServices.open(dir)) {
            assertThat(services.database().damage()).isEmpty();
            for (Answer answer : services.answerService().sheet(markedVisit).answers().values()) {
                services.answerService().saveAnswer(markedVisit, answer.withNote("sửa " + answer.itemCode()));
            }
            var details = services.answerService().details(markedVisit);
            services.answerService().saveDetails(markedVisit, new VisitDetails(details.date(), details.startTime(),
                    details.endTime(), "Hội trường UBND", details.unitOpinion()));
            long plan = services.plans().overviews().get(0).plan().id();
            services.planEditService().save(services.planEditService().load(plan));
            services.backups().backupNow();
        }
        try (AppServices services = AppServices.open(dir)) {
            assertThat(services.database().damage()).as("after saves, a plan edit and a backup").isEmpty();
        }
    }

    @Test
    void theChangeLogIsSealedRowByRowAsItGrowsAndALineChangedBehindParChecksBackIsFound()
            throws IOException, SQLException {
        Files.write(Database.fileIn(dir), demo);
        try (AppServices services = AppServices.open(dir)) {
            // many saves: each seals only the change-log lines it added (ContentSeal.APPEND_ONLY)
            for (int round = 0; round < 3; round++) {
                for (Answer answer : services.answerService().sheet(markedVisit).answers().values()) {
                    services.answerService().saveAnswer(markedVisit, answer.withNote("vòng " + round));
                }
            }
        }
        try (AppServices services = AppServices.open(dir)) {
            assertThat(services.database().damage()).as("the running seal equals a full read").isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("parcheck"), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE change_log SET new_value = 'sửa lén' WHERE id = (SELECT MAX(id) FROM change_log)");
        }
        try (AppServices services = AppServices.open(dir)) {
            DamageReport damage = services.database().damage()
                    .orElseThrow(() -> new AssertionError("a changed change-log line was not found"));
            assertThat(damage.tables()).contains("CHANGE_LOG");
        }
    }

    @Test
    void restoringTheNewestVerifiedBackupKeepsTheDamagedFileAside() throws IOException {
        Files.write(Database.fileIn(dir), demo);
        try (AppServices services = AppServices.open(dir)) {
            services.backups().backupNow();
        }
        byte[] damaged = silentlyChanged();
        Files.write(Database.fileIn(dir), damaged);
        DatabaseRestore.RestoredClean done = BackupService.restoreNewestVerified(dir, Clock.systemDefaultZone());
        Path aside = done.keptAside().orElseThrow();
        assertThat(aside.getParent().getFileName().toString()).isEqualTo(DatabaseRestore.DAMAGED_FOLDER);
        assertThat(aside.getFileName().toString()).matches("parcheck-damaged-\\d{8}-\\d{6}\\.mv\\.db");
        assertThat(Files.readAllBytes(aside)).as("the damaged file, kept").isEqualTo(damaged);
        try (AppServices services = AppServices.open(dir)) {
            assertThat(services.database().damage()).isEmpty();
            assertThat(services.answerService().sheet(markedVisit).answers().values())
                    .extracting(Answer::note).contains(MARKER);
        }
    }

    @Test
    void aBackupThatIsDamagedInsideIsPassedOverForAnOlderCleanOne() throws IOException {
        Files.write(Database.fileIn(dir), demo);
        Path clean;
        try (AppServices services = AppServices.open(dir)) {
            clean = services.backups().backupNow().file();
        }
        // a newer backup made of the silently changed file (as a copy of a damaged disk would be)
        Path bad = dir.resolve("backups").resolve("parcheck-29991231-235959.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            zip.putNextEntry(new java.util.zip.ZipEntry(Database.FILE_NAME));
            zip.write(silentlyChanged());
            zip.closeEntry();
        }
        Files.write(Database.fileIn(dir), silentlyChanged());
        DatabaseRestore.RestoredClean done = BackupService.restoreNewestVerified(dir, Clock.systemDefaultZone());
        assertThat(done.restoredFrom()).isEqualTo(clean);
        assertThat(done.skipped()).containsExactly(bad);
    }

    @Test
    void theCommandLineSaysWhatIsDamagedWithExitCode8() throws IOException {
        write(silentlyChanged());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ParCheckCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
                .run(new String[] {"report", "visit", Long.toString(markedVisit), "--out",
                        dir.resolve("bb.pdf").toString(), "--data-dir", dir.toString()});
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(8, code, errors);
        assertThat(errors).contains("bị hỏng").contains("(số " + markedVisit + ")").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).doesNotContain("bb.pdf");
        }
    }

    /** Runs the command line on {@link #dir}; returns the exit code, {@code err} gets what it printed there. */
    private int cli(ByteArrayOutputStream err, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return new ParCheckCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run(all);
    }

    @Test
    void aReportOpensTheFileOnceReadOnlyAndChangesNoByte() throws IOException {
        Path file = write(demo);
        try (AppServices services = AppServices.openForReading(dir, false, null)) {
            assertThat(services.database().damage()).isEmpty();
            assertThat(services.database().readOnly()).as("a session for reading").isTrue();
            Answer answer = services.answerService().sheet(markedVisit).answers().values().iterator().next();
            assertThat(answer.note()).isEqualTo(MARKER);
            assertThatThrownBy(() -> services.answerService().saveAnswer(markedVisit, answer.withNote("mới")))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.NOT_WRITABLE));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli(err, "report", "visit", Long.toString(markedVisit), "--out", dir.resolve("bb.pdf").toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertThat(dir.resolve("bb.pdf")).isNotEmptyFile();
        // a writing open would have written H2's header and compacted on close: the report opened nothing for writing
        assertThat(Files.readAllBytes(file)).as("bytes of the file after a report").isEqualTo(demo);
    }

    @Test
    void aReportOfAnUndamagedVisitIsStillRefusedWhenAnotherVisitsRowIsDamaged() throws IOException {
        Path file = write(silentlyChanged());
        long other;
        try (AppServices services = AppServices.openForReading(dir, false, null)) {
            DamageReport damage = services.database().damage().orElseThrow(
                    () -> new AssertionError("the changed note was not reported on the read-only open"));
            assertThat(damage.visits()).extracting(DamageReport.DamagedVisit::id).containsExactly(markedVisit);
            other = services.plans().visits(services.plans().overviews().get(0).plan().id()).stream()
                    .mapToLong(Visit::id).filter(id -> id != markedVisit).findFirst().orElseThrow();
        }
        // the report reads none of the damaged rows, and is refused all the same: every row is checked first
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli(err, "report", "visit", Long.toString(other), "--out", dir.resolve("other.pdf").toString());
        assertEquals(8, code, err.toString(StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("(số " + markedVisit + ")");
        assertThat(dir.resolve("other.pdf")).doesNotExist();
        assertThat(Files.readAllBytes(file)).as("bytes of the damaged file").isEqualTo(silentlyChanged());
    }

    @Test
    void writtenTablesAreReadFromTheSqlJooqRuns() {
        assertThat(ContentSeal.writtenTable("insert into \"ANSWER\" (\"ID\") values (?)")).isEqualTo("ANSWER");
        assertThat(ContentSeal.writtenTable("select \"ID\" from final table (insert into \"VISIT\" (\"UUID\") "
                + "values (?))")).isEqualTo("VISIT");
        assertThat(ContentSeal.writtenTable("update \"VISIT\" set \"REVISION\" = (\"REVISION\" + ?)"))
                .isEqualTo("VISIT");
        assertThat(ContentSeal.writtenTable("delete from \"FINDING\" where \"ID\" = ?")).isEqualTo("FINDING");
        assertThat(ContentSeal.writtenTable("merge into \"APP_SETTING\" using (select 1 one) t on (...) "
                + "when matched then update set \"V\" = ?")).isEqualTo("APP_SETTING");
        assertThat(ContentSeal.writtenTable("select * from \"ANSWER\"")).isNull();
    }

    /** The read-only first look at {@code dir}'s file, as every open makes it. */
    private DatabaseOpening.Preflight firstLook() {
        Path file = Database.fileIn(dir);
        return DatabaseOpening.preflight(file, DatabaseOpening.base(file), null);
    }

    @Test
    void bytesThatPassedTheFullCheckAreNotReadRowByRowAgain() throws IOException {
        write(demo);
        assertThat(firstLook().rowsChecked()).as("the first look at new bytes").isTrue();
        assertThat(dir.resolve(VerifiedFile.FILE_NAME)).isRegularFile();
        DatabaseOpening.Preflight again = firstLook();
        assertThat(again.rowsChecked()).as("the same bytes again").isFalse();
        assertThat(again.damage().damaged()).isFalse();
        assertThat(again.damage().sealed()).isTrue();
        // a writing session changes the bytes: the next look is a full one, and notes the new bytes
        try (AppServices services = AppServices.open(dir)) {
            Answer answer = services.answerService().sheet(markedVisit).answers().values().iterator().next();
            services.answerService().saveAnswer(markedVisit, answer.withNote("ghi chú mới"));
        }
        assertThat(firstLook().rowsChecked()).as("after a save").isTrue();
        assertThat(firstLook().rowsChecked()).as("after a save, again").isFalse();
    }

    @Test
    void aChangedValueWithTheSameSizeAndTimeIsStillCheckedInFullAndReported() throws IOException {
        Path file = write(demo);
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(firstLook().rowsChecked()).isTrue();
        byte[] damaged = silentlyChanged();
        Files.write(file, damaged);
        Files.setLastModifiedTime(file, time); // what a bad disk block does: nothing but the bytes changes
        DatabaseOpening.Preflight look = firstLook();
        assertThat(look.rowsChecked()).isTrue();
        assertThat(look.damage().visits()).extracting(DamageReport.DamagedVisit::id).containsExactly(markedVisit);
        assertThat(dir.resolve(VerifiedFile.FILE_NAME)).as("no note for damaged bytes").doesNotExist();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli(err, "report", "visit", Long.toString(markedVisit), "--out", dir.resolve("bb.pdf").toString());
        assertEquals(8, code, err.toString(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(file)).as("bytes of the damaged file").isEqualTo(damaged);
    }

    @Test
    void aNoteOfOtherBytesOrOfAnotherCheckIsIgnored() throws IOException {
        write(demo);
        firstLook();
        Path note = dir.resolve(VerifiedFile.FILE_NAME);
        String noted = Files.readString(note, StandardCharsets.UTF_8);
        assertThat(noted).startsWith("parcheck-verified " + VerifiedFile.CHECK_FORMAT + " ");
        for (String other : new String[] {noted.replace("parcheck-verified " + VerifiedFile.CHECK_FORMAT + " ",
                "parcheck-verified " + (VerifiedFile.CHECK_FORMAT - 1) + " "),
                noted.replaceFirst("crc32c=[0-9a-f]+", "crc32c=0"), noted.replaceFirst("size=[0-9]+", "size=1"),
                noted + "x", ""}) {
            Files.writeString(note, other, StandardCharsets.UTF_8);
            assertThat(firstLook().rowsChecked()).as("with the note %s", other).isTrue();
            assertThat(Files.readString(note, StandardCharsets.UTF_8)).as("noted again").isEqualTo(noted);
        }
    }

    @Test
    void aNoteThatCannotBeWrittenOnlyMeansAFullCheckNextTime() throws IOException {
        write(demo);
        Files.createDirectories(dir.resolve(VerifiedFile.FILE_NAME).resolve("in the way"));
        assertThat(firstLook().rowsChecked()).isTrue();
        DatabaseOpening.Preflight again = firstLook();
        assertThat(again.rowsChecked()).isTrue();
        assertThat(again.damage().damaged()).isFalse();
        try (AppServices services = AppServices.openForReading(dir, false, null)) {
            assertThat(services.database().damage()).isEmpty();
        }
    }

    @Test
    void aCheckAfterClosingNotesTheBytesTheCloseLeft() throws IOException {
        write(demo);
        try (AppServices services = AppServices.open(dir)) {
            Answer answer = services.answerService().sheet(markedVisit).answers().values().iterator().next();
            services.answerService().saveAnswer(markedVisit, answer.withNote("ghi chú sau cùng"));
        }
        VerifiedFile.checkAfterClose(dir, null);
        assertThat(firstLook().rowsChecked()).as("a command after the window's close").isFalse();
        // while H2's lock file says the database is still open, nothing is checked or noted
        Files.write(Database.fileIn(dir), demo);
        Files.delete(dir.resolve(VerifiedFile.FILE_NAME));
        Path h2Lock = Files.writeString(dir.resolve(Database.FILE_BASE_NAME + ".lock.db"), "open");
        VerifiedFile.checkAfterClose(dir, null);
        assertThat(dir.resolve(VerifiedFile.FILE_NAME)).doesNotExist();
        Files.delete(h2Lock);
        assertThat(firstLook().rowsChecked()).isTrue();
    }
}
