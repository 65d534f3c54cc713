package org.parcheck.criteria;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores criteria frameworks, their versions and the content of each version. */
public interface FrameworkRepository {

    /** Every version of every framework, newest version first within a framework. */
    List<FrameworkSummary> summaries();

    /** Stores a new framework with its first version and content, in one transaction. */
    StoredFramework create(FrameworkHeader header, FrameworkVersion version, FrameworkContent content);

    Optional<StoredFramework> load(long versionId);

    /** Replaces the whole content of a version (only drafts are ever passed here), in one transaction. */
    void replaceContent(long versionId, FrameworkContent content);

    /** Updates the year and legal basis of a version. */
    void updateVersionFacts(long versionId, Integer year, String legalBasis);

    void updateHeader(FrameworkHeader header);

    void setStatus(long versionId, VersionStatus status);

    /** A new draft version of the same framework with a copy of the content, numbered after the last one. */
    StoredFramework copyAsNewVersion(long versionId);

    /** How many visits are scored against this version. */
    int visitsUsing(long versionId);

    /** The database ids of the version's items by code (answers refer to them). */
    Map<String, Long> itemIds(long versionId);
}
