package org.parcheck.common.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Free space and "the disk is full": a write that fails because the disk is full is told apart from one that fails
 * because the folder is read-only, so that the user gets the right message (docs/record/bad-input.md).
 */
public final class DiskSpace {

    private DiskSpace() {
    }

    /**
     * Whether {@code e} or one of its causes says the disk is full: ENOSPC ("No space left on device", Linux and
     * macOS), Windows' "There is not enough space on the disk", a disk quota; H2 wraps these in its own exceptions
     * (error 90028 "IO Exception" with the operating system's message in a cause), so the whole chain is read.
     */
    public static boolean isFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk quota exceeded") || message.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} or a cause says the place cannot be written at all (permissions, a read-only disk). */
    public static boolean isReadOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof AccessDeniedException || message.contains("permission denied")
                    || message.contains("read-only file system") || message.contains("access is denied")) {
                return true;
            }
        }
        return false;
    }

    /** Usable bytes on the disk of {@code path} (or of its nearest existing parent); -1 when it cannot be known. */
    public static long usable(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return -1;
        }
        try {
            return Files.getFileStore(p).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Bytes for people: "850 bytes", "12 KB", "3.4 MB", "1.2 GB" (always with a dot, as file managers show). */
    public static String format(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value))
                + " " + units[unit];
    }
}
