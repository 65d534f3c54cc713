package org.parcheck.scoring;

/** Level of a framework node: area (lĩnh vực) → criterion (tiêu chí) → sub-criterion (tiêu chí thành phần). */
public enum NodeKind {
    AREA,
    CRITERION,
    SUB_CRITERION
}
