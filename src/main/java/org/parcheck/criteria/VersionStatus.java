package org.parcheck.criteria;

/** A framework version is edited as a draft; once published it never changes (a new version does). */
public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
