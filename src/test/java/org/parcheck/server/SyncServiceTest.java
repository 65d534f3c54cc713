package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcheck.server.SyncLaptops.content;
import static org.parcheck.server.SyncLaptops.maxRevision;
import static org.parcheck.server.SyncLaptops.note;
import static org.parcheck.server.SyncLaptops.noteOf;
import static org.parcheck.server.SyncLaptops.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;

/**
 * Sync (#17) end to end: laptops with their own H2 files, one real PostgreSQL (TestServers), the same merge as
 * packages. The office's laptop starts with the demo plan, the others empty.
 */
class SyncServiceTest {

    @TempDir
    Path dir;

    AppServices office;
    AppServices inspector;
    Database server;

    @BeforeEach
    void open() throws Exception {
        office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
        inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
        server = Database.onServer(TestServers.freshDatabase("sync"));
    }

    @AfterEach
    void close() {
        office.close();
        inspector.close();
        server.close();
    }

    @Test
    void theFirstSyncSendsThePlanAndTheOtherLaptopsFirstSyncBringsIt() {
        assertThat(content(server)).isEmpty();
        int visits = office.planService().visits(office.planService().overviews().get(0).plan().id()).size();

        SyncResult sent = sync(office, server);

        assertThat(sent.plansSent()).isEqualTo(1);
        assertThat(sent.visitsSent()).isEqualTo(visits);
        assertThat(sent.visitsBrought()).isZero();
        assertThat(content(server)).isEqualTo(content(office.database()));
        assertThat(maxRevision(server)).isEqualTo(visits + 1);

        SyncResult brought = sync(inspector, server);

        assertThat(brought.plansBrought()).isEqualTo(1);
        assertThat(brought.visitsBrought()).isEqualTo(visits);
        assertThat(brought.visitsSent()).isZero();
        assertThat(brought.plansSent()).isZero();
        assertThat(content(inspector.database())).isEqualTo(content(office.database()));
    }

    @Test
    void aSyncWithNothingNewChangesNothing() {
        sync(office, server);
        sync(inspector, server);
        long revision = maxRevision(server);
        Map<String, Map<String, String>> before = content(server);

        for (AppServices laptop : List.of(office, inspector, office)) {
            SyncService service = SyncLaptops.service(laptop, server);
            SyncPlan plan = service.prepare(SyncProgress.NONE);
            assertThat(plan.nothingToBring()).isTrue();
            SyncResult result = service.complete(plan, Map.of(), SyncProgress.NONE);
            assertThat(result.nothingChanged()).as(result.toString()).isTrue();
            assertThat(result.filesUp() + result.filesDown()).isZero();
        }
        assertThat(maxRevision(server)).isEqualTo(revision);
        assertThat(content(server)).isEqualTo(before);
    }

    @Test
    void aConflictIsSurfacedOnceDecidedOnceAndTheDecisionTravels() throws Exception {
        AppServices third = AppServices.open(Files.createDirectories(dir.resolve("third")), false);
        try {
            sync(office, server);
            sync(inspector, server);
            sync(third, server);

            note(office, "1.4.2", "Văn phòng: thiếu báo cáo quý");
            note(inspector, "1.4.2", "Đoàn: đã bổ sung báo cáo");
            assertThat(sync(office, server).visitsSent()).isEqualTo(1);

            SyncService service = SyncLaptops.service(inspector, server);
            SyncPlan plan = service.prepare(SyncProgress.NONE);
            assertThat(plan.conflicts()).hasSize(1);
            ImportPlan.Conflict conflict = plan.conflicts().get(0);
            assertThat(conflict.change().key()).isEqualTo("answer:1.4.2");
            SyncResult decided = service.complete(plan, Map.of(conflict.id(), ImportPlan.Choice.MINE),
                    SyncProgress.NONE);
            assertThat(decided.conflictsDecided()).isEqualTo(1);
            assertThat(decided.visitsSent()).isEqualTo(1);
            assertThat(noteOf(inspector, "1.4.2")).isEqualTo("Đoàn: đã bổ sung báo cáo");

            // the office and the third laptop take the decision without being asked
            for (AppServices other : List.of(office, third)) {
                SyncService otherService = SyncLaptops.service(other, server);
                SyncPlan otherPlan = otherService.prepare(SyncProgress.NONE);
                assertThat(otherPlan.conflicts()).isEmpty();
                otherService.complete(otherPlan, Map.of(), SyncProgress.NONE);
                assertThat(noteOf(other, "1.4.2")).isEqualTo("Đoàn: đã bổ sung báo cáo");
            }
            // the inspector brings home nothing new; all four hold the same content
            assertThat(SyncLaptops.service(inspector, server).prepare(SyncProgress.NONE).conflicts()).isEmpty();
            sync(inspector, server);
            Map<String, Map<String, String>> onServer = content(server);
            assertThat(content(office.database())).isEqualTo(onServer);
            assertThat(content(inspector.database())).isEqualTo(onServer);
            assertThat(content(third.database())).isEqualTo(onServer);
        } finally {
            third.close();
        }
    }

    @Test
    void evidenceFilesTravelWithTheirHashChecked() throws Exception {
        byte[] report = "Báo cáo tự kiểm tra năm 2026".getBytes(StandardCharsets.UTF_8);
        EvidenceFiles.Stored stored = SyncLaptops.attach(office, dir.resolve("originals"), "bao-cao.pdf", report);
        SyncResult sent = sync(office, server);
        assertThat(sent.filesUp()).isEqualTo(1);

        SyncResult brought = sync(inspector, server);

        assertThat(brought.filesDown()).isEqualTo(1);
        Path copy = inspector.dataDir().resolve(stored.relativePath().replace(
                office.dataDir().getFileName().toString(), inspector.dataDir().getFileName().toString()));
        List<Path> files = SyncLaptops.files(inspector);
        assertThat(files).hasSize(1);
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(report);
        assertThat(HashedFiles.sha256(files.get(0))).isEqualTo(stored.sha256());
        assertThat(content(inspector.database())).isEqualTo(content(office.database()));
        assertThat(copy).isNotNull();
        // sending again uploads nothing: the server has the file by its hash
        assertThat(sync(office, server).filesUp()).isZero();
    }

    @Test
    void aFileDamagedOnTheServerIsRefusedAndTheLaptopIsUnchanged() throws Exception {
        sync(office, server);
        sync(inspector, server);
        EvidenceFiles.Stored stored = SyncLaptops.attach(office, dir.resolve("originals"), "bien-ban.pdf",
                "Biên bản làm việc".getBytes(StandardCharsets.UTF_8));
        sync(office, server);
        server.transaction(dsl -> dsl.execute("UPDATE server_file SET content = ? WHERE sha256 = ?",
                "Biên bản đã bị sửa".getBytes(StandardCharsets.UTF_8), stored.sha256()));
        Map<String, Map<String, String>> before = content(inspector.database());

        assertThatThrownBy(() -> SyncLaptops.service(inspector, server).prepare(SyncProgress.NONE))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServerException.Kind.BAD_DATA));

        assertThat(content(inspector.database())).isEqualTo(before);
        assertThat(SyncLaptops.files(inspector)).isEmpty();
    }
}
