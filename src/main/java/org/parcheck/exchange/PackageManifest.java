package org.parcheck.exchange;

import java.util.List;

/**
 * {@code manifest.json}: what the package is, who made it, and every other entry with its size and SHA-256.
 *
 * @param format        always {@link #FORMAT}
 * @param formatVersion the package format's version ({@link #FORMAT_VERSION} today)
 * @param appVersion    the ParCheck version that wrote it
 * @param packageId     a new UUID per package (re-importing the same package is recognised by it)
 * @param createdAt     when (UTC, ISO)
 * @param createdBy     who: the inspector named on the exporting laptop (#15); packages made before name an OS account
 * @param description   what was exported (plan number, visits)
 * @param entries       every other entry of the zip
 */
public record PackageManifest(String format, Integer formatVersion, String appVersion, String packageId,
                              String createdAt, String createdBy, String description, List<Entry> entries) {

    public static final String FORMAT = "parcheck-package";
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String DATA = "data.json";
    public static final String EVIDENCE_PREFIX = "evidence/";

    public PackageManifest {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One entry of the zip. */
    public record Entry(String path, long size, String sha256) {
    }
}
