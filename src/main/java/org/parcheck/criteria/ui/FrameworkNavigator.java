package org.parcheck.criteria.ui;

/** Where the framework screens lead: the editor of a version, or back to the list. */
public interface FrameworkNavigator {

    void openEditor(long versionId);

    void backToList();

    /** Shows what changed between a version and the version it was made from. */
    void openComparison(long versionId);
}
