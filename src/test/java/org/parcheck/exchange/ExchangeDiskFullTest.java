package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.exchange.PackageException.Kind;
import org.parcheck.persistence.JooqExchangeRepository;

/**
 * A full disk during an import says "the disk is full" with how much space is needed and how much is free, and
 * changes nothing (two real H2 files; the free space is given through the service's seam); a read-only place gives a
 * different message. The operating system's own "No space left on device" is produced with {@code /dev/full}.
 * H2 only: the laptop's own disk; a server's database is not on it.
 */
class ExchangeDiskFullTest {

    @RegisterExtension
    final TwoLaptops laptops = new TwoLaptops();
    private Path dir;
    private Laptop a;
    private Laptop b;
    private Path file;
    private final AtomicLong free = new AtomicLong(Long.MAX_VALUE);

    @BeforeEach
    void export() throws Exception {
        dir = laptops.dir();
        a = laptops.a();
        b = laptops.b();
        long visitId = a.services.planService().visits(a.demoPlan().plan().id()).get(0).visit().id();
        laptops.attach(a, visitId, "to-trinh.pdf", new byte[200_000], "7/TTr", "UBND", "Tờ trình");
        file = dir.resolve("plan.parcheck");
        a.exchange().export(a.demoPlan().plan().id(), List.of(), file);
    }

    private ExchangeService bWithFreeSpace() {
        return new ExchangeService(new JooqExchangeRepository(b.services.database()), b.services.dataDir(), "test",
                () -> "Bình", Clock.systemUTC(), PackageLimits.defaults(), p -> free.get());
    }

    private List<Path> files() throws IOException {
        return TwoLaptops.files(b);
    }

    @Test
    void aDiskTooFullForThePackageIsSaidBeforeAnythingIsWritten() throws Exception {
        String before = b.dump();
        List<Path> filesBefore = files();
        free.set(50_000);
        PackageException e = assertThrows(PackageException.class, () -> bWithFreeSpace().analyse(file));
        assertEquals(Kind.DISK_FULL, e.kind());
        assertThat(new Messages(Messages.ENGLISH).get(e.messageKey(), e.args())).startsWith("The disk is full")
                .contains("49 KB is free").contains("4.0 MB of free space is needed");
        assertThat(new Messages(Messages.VIETNAMESE).get(e.messageKey(), e.args())).startsWith("Ổ đĩa đã đầy");
        assertEquals(before, b.dump());
        assertEquals(filesBefore, files());
    }

    @Test
    void aDiskThatFillsUpBeforeTheImportIsAppliedChangesNothing() throws Exception {
        String before = b.dump();
        List<Path> filesBefore = files();
        ExchangeService service = bWithFreeSpace();
        ImportPlan plan = service.analyse(file);
        free.set(100_000); // another program filled the disk while the user read the import screen
        PackageException e = assertThrows(PackageException.class, () -> service.apply(plan, Map.of()));
        assertEquals(Kind.DISK_FULL, e.kind());
        assertEquals(before, b.dump(), "the database is unchanged");
        assertEquals(filesBefore, files(), "no evidence copied, the staging folder removed");
    }

    @Test
    void aFullDiskAndAReadOnlyFolderGetDifferentMessages() throws Exception {
        IOException full = new FileSystemException("/data/attachments/x.pdf", null, "No space left on device");
        IOException readOnly = new AccessDeniedException("/data/attachments/x.pdf");
        PackageException asFull = ExchangeDisk.writeFailure(full, 3_500_000, 1_000, dir);
        PackageException asReadOnly = ExchangeDisk.writeFailure(readOnly, 3_500_000, 1_000, dir);
        assertEquals(Kind.DISK_FULL, asFull.kind());
        assertEquals(Kind.NOT_WRITABLE, asReadOnly.kind());
        Messages en = new Messages(Messages.ENGLISH);
        assertThat(en.get(asFull.messageKey(), asFull.args())).contains("3.3 MB").contains("1000 bytes");
        assertThat(en.get(asReadOnly.messageKey(), asReadOnly.args())).doesNotContain("disk is full");
        assertThat(DiskSpace.isReadOnly(readOnly)).isTrue();
        assertThat(DiskSpace.isFull(readOnly)).isFalse();
    }

    @Test
    void theOperatingSystemsNoSpaceErrorIsRecognised() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.exists(devFull), "Linux only");
        IOException thrown = assertThrows(IOException.class, () -> {
            try (OutputStream out = Files.newOutputStream(devFull)) {
                out.write(new byte[8192]);
                out.flush();
            }
        });
        assertThat(DiskSpace.isFull(thrown)).as(thrown.toString()).isTrue();
        assertThat(DiskSpace.isFull(new RuntimeException("wrapped", new RuntimeException(thrown)))).isTrue();
        assertEquals(Kind.DISK_FULL, ExchangeDisk.writeFailure(thrown, 1, 0, devFull).kind());
    }
}
