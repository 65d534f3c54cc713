package org.parcheck.persistence.backup;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.parcheck.persistence.AppMetadata;
import org.parcheck.persistence.Database;

/**
 * Backups of the open database. A backup is H2's {@code BACKUP TO '<zip>'}: an online copy of the database file,
 * transactionally consistent (MVStore snapshot) while the app keeps working, in a zip holding one entry
 * {@code parcheck.mv.db} that a restore puts back as it is. ({@code SCRIPT TO ... COMPRESSION ZIP} was the other
 * option: a portable SQL text, but a restore would re-run the whole script into an empty database and it is
 * slower both ways; the file copy restores exactly the database that was backed up.)
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

    public DatabaseBackup(Database database) {
        this.database = database;
        this.metadata = new AppMetadata(database);
    }

    /** Writes a consistent backup of the open database to {@code zip} (replacing it only once complete). */
    public void backupTo(Path zip) {
        Path target = zip.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new BackupException(BackupException.Kind.NOT_WRITABLE, target, "Cannot write in " + folder, null);
        }
        Path tmp = folder.resolve(target.getFileName() + ".tmp");
        try {
            database.dsl().execute("BACKUP TO '" + tmp.toString().replace('\\', '/').replace("'", "''") + "'");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (DataAccessException | IOException e) {
            BackupFolder.deleteQuietly(tmp);
            throw BackupException.writing(target, e);
        }
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
