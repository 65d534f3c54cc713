package org.parcheck.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.parcheck.common.util.HashedFiles;

/**
 * Closes a writable H2 file by rewriting it whole when most of it is dead space
 * (docs/decisions/0034-a-mostly-dead-file-is-rewritten-whole-at-close.md).
 *
 * <p>H2 writes every commit to new space and frees the old only later, and its compaction at close has 200 ms. After
 * a burst of commits (many packages imported, a script's run) the file can be a hundred times its live data, and
 * every later open reads it. When the file is at least {@link #MIN_FILE_BYTES} and less than
 * {@link #MAX_FILL_PERCENT} % of its chunks are live, the database is shut down with {@code SHUTDOWN COMPACT}: H2
 * closes the file cleanly (synced), copies the live data to a new file beside it, syncs that, and renames it over the
 * old one. A failure at any step leaves the old file whole (H2 removes a left-over copy at the next open).
 */
final class CompactingClose {

    private static final Logger LOG = Logger.getLogger(CompactingClose.class.getName());
    /** Smaller files are left to H2's own compaction at close: a fresh folder or an ordinary day stays below. */
    static final long MIN_FILE_BYTES = 4L << 20;
    /** The live share of the file's chunks below which it is rewritten. */
    static final int MAX_FILL_PERCENT = 50;
    /** H2's error code when a statement's database was shut down by that statement (SHUTDOWN itself). */
    private static final int CLOSED_AT_SHUTDOWN = 90121;

    private CompactingClose() {
    }

    /** Whether a file of {@code fileBytes} with {@code chunksFillPercent} % of its chunks live is worth rewriting. */
    static boolean worthRewriting(long fileBytes, int chunksFillPercent) {
        return fileBytes >= MIN_FILE_BYTES && chunksFillPercent < MAX_FILL_PERCENT;
    }

    /**
     * Shuts the database down with a whole rewrite when {@link #worthRewriting} says so and no transaction is running;
     * does nothing otherwise (the caller then closes as always). True when the database was shut down here, whether
     * or not H2 could finish the copy (if not, the file is as it was, closed cleanly, and a warning is logged).
     */
    static boolean closeIfMostlyDead(Connection connection, Path file, ReentrantLock transactions) {
        if (!transactions.tryLock()) {
            LOG.info("A transaction is still running at close: the file is left to H2's own compaction");
            return false;
        }
        try {
            if (transactions.getHoldCount() > 1) {
                return false; // closed from inside a transaction on this thread: never cut it short either
            }
            long fileBytes = -1;
            int fill = 100;
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                            + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
                while (rows.next()) {
                    long value = Long.parseLong(rows.getString(2).trim());
                    if (rows.getString(1).equals("info.FILE_SIZE")) {
                        fileBytes = value;
                    } else {
                        fill = (int) value;
                    }
                }
            }
            if (!worthRewriting(fileBytes, fill)) {
                return false;
            }
            long start = System.nanoTime();
            Object identity = identity(file);
            shutDownCompact(connection);
            long after = Files.size(file);
            // H2 logs a failed copy or rename but does not report it to the statement: the file tells
            if (identity != null ? identity.equals(identity(file)) : after >= fileBytes) {
                LOG.warning("Could not rewrite " + file + " at close (H2's message above says why); its data is as"
                        + " it was, closed cleanly");
                return true;
            }
            HashedFiles.syncFolder(file.getParent());
            long bytes = fileBytes;
            int percent = fill;
            LOG.info(() -> "Rewrote " + file + " whole at close (" + percent + " % of its chunks live): " + bytes
                    + " -> " + after + " bytes in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return true;
        } catch (SQLException | IOException | NumberFormatException e) {
            LOG.warning("Could not rewrite " + file + " at close (" + e.getMessage() + "); its data is as it was");
            return false;
        } finally {
            transactions.unlock();
        }
    }

    /** The file's identity where the OS gives one (an inode: a rename over it gives another), else null. */
    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static void shutDownCompact(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != CLOSED_AT_SHUTDOWN) {
                throw e;
            }
            // the statement closed its own database: that is what it was for
        }
    }
}
