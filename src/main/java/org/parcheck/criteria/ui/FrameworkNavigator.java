package org.parcheck.criteria.ui;

/** Where the framework screens lead: the editor of a version, or back to the list. */
public interface FrameworkNavigator {

    void openEditor(long versionId);

    void backToList();
}
