package org.parcheck.criteria;

import java.util.List;

/** Stores criteria frameworks and their versions. */
public interface FrameworkRepository {

    /** Every version of every framework, newest first within a framework. */
    List<FrameworkSummary> summaries();
}
