package org.parcheck.exchange;

/**
 * Limits enforced while a package is read (counted on the bytes actually inflated, never taken from the zip's
 * headers), so that a zip bomb stops early.
 *
 * @param maxEntries    entries in the zip
 * @param maxEntryBytes uncompressed bytes of one entry
 * @param maxTotalBytes uncompressed bytes of all entries together
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    /** 10,000 entries, 64 MB per entry (evidence files are at most 50 MB), 1 GB in all. */
    public static PackageLimits defaults() {
        return new PackageLimits(10_000, 64L << 20, 1L << 30);
    }
}
