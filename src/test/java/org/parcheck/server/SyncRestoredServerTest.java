package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.server.SyncLaptops.note;
import static org.parcheck.server.SyncLaptops.noteOf;
import static org.parcheck.server.SyncLaptops.sync;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;

/**
 * A server restored from an older backup (#17, docs/server/setup.md "Backups"): the restore is a new database with
 * the backup's content, its revisions and its {@code server_id}. What a laptop sent after the backup is not on it;
 * the laptop's marks say it was sent. The laptop must send it again, and the others must get it.
 */
class SyncRestoredServerTest {

    @TempDir
    Path dir;

    @Test
    void whatALaptopSentAfterTheBackupReachesTheRestoredServerAndTheOthers() throws Exception {
        DataSource live = TestServers.freshDatabase("restore_live");
        String liveName = TestServers.nameOf(live);
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false)) {
            try (Database server = Database.onServer(live)) {
                sync(office, server);
                sync(inspector, server);
            }
            // the night's backup: an exact copy of the database as it is now (what pg_dump and pg_restore give)
            String backup = liveName + "_backup";
            EmbeddedPostgres postgres = TestServers.postgres();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + backup + " TEMPLATE " + liveName);
            }
            // the next day the office sends a change; then the server is lost and restored from the backup
            note(office, "1.4.2", "Sau bản sao lưu: đã bổ sung báo cáo quý");
            try (Database server = Database.onServer(live)) {
                assertThat(sync(office, server).visitsSent()).isEqualTo(1);
            }
            try (Database restored = Database.onServer(postgres.getDatabase("postgres", backup))) {
                SyncResult again = sync(office, restored);
                assertThat(again.visitsSent()).as("the office sends again what the restored server lacks: %s", again)
                        .isGreaterThanOrEqualTo(1);
                sync(inspector, restored);
                assertThat(noteOf(inspector, "1.4.2")).isEqualTo("Sau bản sao lưu: đã bổ sung báo cáo quý");
                assertThat(SyncLaptops.content(restored)).isEqualTo(SyncLaptops.content(office.database()));
            }
        }
    }
}
