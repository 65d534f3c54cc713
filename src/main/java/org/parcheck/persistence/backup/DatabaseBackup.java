package org.parcheck.persistence.backup;

import static org.parcheck.persistence.jooq.Tables.EVIDENCE;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jooq.exception.DataAccessException;
import org.parcheck.persistence.AppMetadata;
import org.parcheck.persistence.Database;
import org.parcheck.protection.DataKey;

/**
 * Backups of the open database. A backup is H2's {@code BACKUP TO '<zip>'}: an online copy of the database file,
 * transactionally consistent (MVStore snapshot) while the app keeps working; its one entry {@code parcheck.mv.db}
 * goes into the backup zip with the data folder's evidence files ({@link BackupZip}), and a restore puts both back.
 * ({@code SCRIPT TO ... COMPRESSION ZIP} was the other option: a portable SQL text, but a restore would re-run the
 * whole script into an empty database and it is slower both ways; the file copy restores exactly the database that
 * was backed up.)
 *
 * <p>Whether the data changed since the last backup is decided by a revision: a SHA-256 over every row of every
 * table (order-independent), stored in {@code app_setting} under {@link #REVISION_KEY} when a backup is made.
 * Rows of {@code app_setting} whose key starts with {@code backup.} are left out of it.
 */
public final class DatabaseBackup {

    public static final String REVISION_KEY = "backup.revision";
    public static final String LAST_BACKUP_KEY = "backup.lastFile";
    private static final String OWN_KEYS = "backup.";

    private final Database database;
    private final AppMetadata metadata;
    private final DataKey key;

    public DatabaseBackup(Database database) {
        this(database, null);
    }

    /** Backups of a protected folder's database (#19): written encrypted under {@code key} ({@link BackupZip}). */
    public DatabaseBackup(Database database, DataKey key) {
        this.database = database;
        this.metadata = new AppMetadata(database);
        this.key = key;
    }

    /**
     * Writes a consistent backup of the open database to {@code zip} (replacing it only once complete), with the
     * data folder's evidence files, each hashed while zipped ({@link BackupZip}).
     */
    public void backupTo(Path zip) {
        backupTo(zip, null);
    }

    /** As {@link #backupTo(Path)}, with who made it in the zip's comment ({@link ZipComment}) when given. */
    public void backupTo(Path zip, String madeBy) {
        Path target = zip.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new BackupException(BackupException.Kind.NOT_WRITABLE, target, "Cannot write in " + folder, null);
        }
        Path snapshot = folder.resolve(target.getFileName() + ".db.tmp");
        try {
            database.dsl().execute("BACKUP TO '" + snapshot.toString().replace('\\', '/').replace("'", "''") + "'");
            Map<String, String> expected = attachmentHashes();
            BackupZip.write(target, out -> copyDatabaseEntry(snapshot, out), database.file().getParent(), expected,
                    ZipComment.comment(madeBy), key);
        } catch (DataAccessException | IOException e) {
            throw BackupException.writing(target, e);
        } finally {
            BackupFolder.deleteQuietly(snapshot);
        }
    }

    /** Copies the one database entry of H2's backup zip (streamed). */
    private static void copyDatabaseEntry(Path h2Zip, OutputStream out) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(Database.FILE_NAME)) {
                    zip.transferTo(out);
                    return;
                }
            }
        }
        throw new IOException("H2 wrote no " + Database.FILE_NAME + " into " + h2Zip);
    }

    /** The SHA-256 the database holds for each attached evidence file: path relative to the data folder → hash. */
    private Map<String, String> attachmentHashes() {
        Map<String, String> out = new HashMap<>();
        database.dsl().select(EVIDENCE.ATTACHMENT_PATH, EVIDENCE.ATTACHMENT_SHA256).from(EVIDENCE)
                .where(EVIDENCE.ATTACHMENT_PATH.isNotNull().and(EVIDENCE.ATTACHMENT_SHA256.isNotNull()))
                .forEach(r -> out.put(r.value1().replace('\\', '/'), r.value2()));
        return out;
    }

    /** The current data revision: changes whenever any row changes. */
    public String revision() {
        return database.dsl().connectionResult(DatabaseBackup::revision);
    }

    private static String revision(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        // the content seals (V009) are worked out from the rest and change with every write, backups included
        tables.remove("VISIT_SEAL");
        tables.remove("TABLE_SEAL");
        MessageDigest total = sha256();
        for (String table : tables) {
            BigInteger sum = BigInteger.ZERO;
            long rows = 0;
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                ResultSetMetaData meta = rs.getMetaData();
                boolean settings = "APP_SETTING".equals(table);
                while (rs.next()) {
                    if (settings && String.valueOf(rs.getString(1)).startsWith(OWN_KEYS)) {
                        continue;
                    }
                    MessageDigest row = sha256();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String value = rs.getString(c);
                        row.update((value == null ? "\u0000" : value + "\u0001").getBytes(StandardCharsets.UTF_8));
                    }
                    sum = sum.add(new BigInteger(1, row.digest()));
                    rows++;
                }
            }
            total.update((table + ":" + rows + ":" + sum.toString(16) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new BigInteger(1, total.digest()).toString(16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The revision recorded with the last backup, if any. */
    public Optional<String> lastBackedUpRevision() {
        return metadata.get(REVISION_KEY);
    }

    /** Records that {@code revision} is backed up (in {@code file}). */
    public void markBackedUp(String revision, Path file) {
        database.inTransaction(() -> {
            metadata.put(REVISION_KEY, revision);
            metadata.put(LAST_BACKUP_KEY, file.getFileName().toString());
            return null;
        });
    }
}
