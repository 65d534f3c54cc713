package org.parcheck.criteria;

/** How a leaf is assessed: appraised by the team (with evidence) or by the sociological survey. */
public enum AssessmentMethod {
    APPRAISAL, SURVEY
}
