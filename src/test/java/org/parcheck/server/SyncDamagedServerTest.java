package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcheck.server.SyncLaptops.content;
import static org.parcheck.server.SyncLaptops.note;
import static org.parcheck.server.SyncLaptops.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;

/**
 * A server whose schema was damaged by hand (#17, "a dropped table"): a sync is refused with a clear kind, and the
 * laptop's data is what it was.
 */
class SyncDamagedServerTest {

    @TempDir
    Path dir;

    @Test
    void aTableDroppedOnTheServerIsRefusedAndTheLaptopIsUnchanged() throws Exception {
        DataSource source = TestServers.freshDatabase("dropped");
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
             Database server = Database.onServer(source)) {
            sync(office, server);
            note(office, "1.4.2", "Đã bổ sung báo cáo quý");
            TestLogins.execute(source, "DROP TABLE finding CASCADE");
            Map<String, Map<String, String>> officeBefore = content(office.database());

            assertThatThrownBy(() -> sync(inspector, server)).isInstanceOf(ServerException.class)
                    .extracting(e -> ((ServerException) e).kind()).isEqualTo(ServerException.Kind.NOT_PARCHECK);
            assertThatThrownBy(() -> sync(office, server)).isInstanceOf(ServerException.class)
                    .extracting(e -> ((ServerException) e).kind()).isEqualTo(ServerException.Kind.NOT_PARCHECK);

            assertThat(content(inspector.database())).as("the empty laptop got nothing half-way").isEmpty();
            assertThat(content(office.database())).as("the office's laptop is as it was").isEqualTo(officeBefore);
        }
    }
}
