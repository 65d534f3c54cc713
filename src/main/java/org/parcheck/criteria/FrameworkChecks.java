package org.parcheck.criteria;

import java.util.List;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.rules.DefinitionIssue;

/**
 * The live checks of a framework: the scoring engine's definition checks, with "children's points do not add up
 * to the parent's maximum" blocking when the framework says points must add up.
 */
public final class FrameworkChecks {

    private FrameworkChecks() {
    }

    public static List<FrameworkIssue> check(FrameworkContent content) {
        List<DefinitionIssue> issues = content.toScoringDef("check", "check").validate();
        return issues.stream()
                .map(i -> new FrameworkIssue(i.subject(), i.isError() || (content.pointsMustSum()
                        && i.explanation().is(ExplanationCode.DEF_MAX_MISMATCH)), i.explanation()))
                .toList();
    }

    public static boolean publishable(List<FrameworkIssue> issues) {
        return issues.stream().noneMatch(FrameworkIssue::blocking);
    }
}
