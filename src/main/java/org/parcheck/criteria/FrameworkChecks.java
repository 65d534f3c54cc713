package org.parcheck.criteria;

import java.util.List;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.rules.DefinitionIssue;

/**
 * The live checks of a framework: the scoring engine's definition checks, with "children's points do not add up
 * to the parent's maximum" blocking when the framework says points must add up, and thresholds whose points fall
 * as the threshold rises (98 % earning less than 95 %) always blocking (#16 §7). The engine itself only warns about
 * the latter, so that a version published before this rule still scores its visits.
 */
public final class FrameworkChecks {

    private FrameworkChecks() {
    }

    public static List<FrameworkIssue> check(FrameworkContent content) {
        List<DefinitionIssue> issues = content.toScoringDef("check", "check").validate();
        return issues.stream()
                .map(i -> new FrameworkIssue(i.subject(), i.isError() || (content.pointsMustSum()
                        && i.explanation().is(ExplanationCode.DEF_MAX_MISMATCH))
                        || i.explanation().is(ExplanationCode.DEF_POINTS_DECREASE), i.explanation()))
                .toList();
    }

    /**
     * Whether an import stops on this definition issue: every engine error, and points that fall as the threshold
     * rises.
     */
    public static boolean stopsImport(DefinitionIssue issue) {
        return issue.isError() || issue.explanation().is(ExplanationCode.DEF_POINTS_DECREASE);
    }

    public static boolean publishable(List<FrameworkIssue> issues) {
        return issues.stream().noneMatch(FrameworkIssue::blocking);
    }
}
