package org.parcheck.criteria;

/** One framework version as listed on the frameworks screen. */
public record FrameworkSummary(
        long frameworkId,
        long versionId,
        String name,
        String targetUnitTypes,
        Integer year,
        int versionNo,
        String status,
        boolean demo,
        int visitsUsing) {
}
