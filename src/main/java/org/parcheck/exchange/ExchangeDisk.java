package org.parcheck.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.ToLongFunction;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.exchange.PackageException.Kind;

/**
 * The disk side of an exchange: room checked before anything is written (a full disk named with what is needed and
 * what is free), write failures told apart, staged files of an import left behind removed, copies undone.
 */
final class ExchangeDisk {

    private final Path dataDir;
    private final Clock clock;
    private final ToLongFunction<Path> freeSpace;

    ExchangeDisk(Path dataDir, Clock clock, ToLongFunction<Path> freeSpace) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.freeSpace = freeSpace;
    }

    /** The usable bytes at {@code where} (-1 unknown). */
    long free(Path where) {
        return freeSpace.applyAsLong(where);
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Refuses before anything is written when the data folder's disk has less than {@code needed} bytes free. */
    void requireSpace(long needed) {
        long free = freeSpace.applyAsLong(dataDir);
        if (free >= 0 && free < needed) {
            throw new PackageException(Kind.DISK_FULL, "need " + needed + ", free " + free, DiskSpace.format(needed),
                    DiskSpace.format(free), dataDir);
        }
    }

    PackageException diskFull(Throwable cause, long needed, Path where) {
        return new PackageException(Kind.DISK_FULL, "disk full at " + where + ": " + cause.getMessage(), cause,
                DiskSpace.format(needed), DiskSpace.format(freeSpace.applyAsLong(where)), where);
    }

    /** A failed write: "the disk is full" (how much is needed, how much is free) or "cannot be written". */
    static PackageException writeFailure(IOException e, long needed, long free, Path where) {
        if (DiskSpace.isFull(e)) {
            return new PackageException(Kind.DISK_FULL, "disk full at " + where + ": " + e.getMessage(), e,
                    DiskSpace.format(needed), DiskSpace.format(free), where);
        }
        return new PackageException(Kind.NOT_WRITABLE, where + ": " + e.getMessage(), e, where);
    }

    /** Staging folders left by an import that never finished (ParCheck closed or crashed) after a day. */
    void removeOldStaging() {
        Path root = dataDir.resolve(ExchangeService.STAGING);
        if (!Files.isDirectory(root)) {
            return;
        }
        java.time.Instant dayAgo = clock.instant().minus(java.time.Duration.ofDays(1));
        try (var folders = Files.list(root)) {
            folders.filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(PackageReader::deleteQuietly);
        } catch (IOException ignored) {
            // leftovers are harmless
        }
    }

    static void deleteAll(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a copied evidence file without a database row is harmless
            }
        }
    }
}
