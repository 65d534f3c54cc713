package org.parcheck.scoring.rules;

import static org.parcheck.scoring.explain.ExplanationCode.DEF_BLANK_CODE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_DUPLICATE_OPTION;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_MAX_UNREACHABLE;
import static org.parcheck.scoring.explain.ExplanationCode.DEF_OPTIONS_EMPTY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One of several options, each worth fixed points (a survey scale A/B/C/D, a level of completion).
 *
 * @param options the options, in display order
 */
public record ChoiceRule(List<ChoiceOption> options) implements ScoringRule {

    public ChoiceRule {
        options = List.copyOf(options);
    }

    @Override
    public RuleType type() {
        return RuleType.CHOICE;
    }

    /** The option with this code, or null. */
    public ChoiceOption option(String code) {
        for (ChoiceOption option : options) {
            if (option.code().equals(code)) {
                return option;
            }
        }
        return null;
    }

    /** The first option worth the most points, or null when there are no options. */
    public ChoiceOption best() {
        ChoiceOption best = null;
        for (ChoiceOption option : options) {
            if (option.points() != null && (best == null || option.points().compareTo(best.points()) > 0)) {
                best = option;
            }
        }
        return best;
    }

    @Override
    public List<DefinitionIssue> validate(String nodeCode, BigDecimal maxPoints, Set<String> figureCodes) {
        List<DefinitionIssue> out = new ArrayList<>();
        if (options.isEmpty()) {
            out.add(DefinitionIssue.error(nodeCode, DEF_OPTIONS_EMPTY));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (ChoiceOption option : options) {
            if (option.code() == null || option.code().isBlank()) {
                out.add(DefinitionIssue.error(nodeCode, DEF_BLANK_CODE));
            } else if (!seen.add(option.code())) {
                out.add(DefinitionIssue.error(nodeCode, DEF_DUPLICATE_OPTION, option.code()));
            }
            Checks.points(out, nodeCode, option.points(), maxPoints);
        }
        ChoiceOption best = best();
        if (best != null && maxPoints != null && best.points().compareTo(maxPoints) < 0) {
            out.add(DefinitionIssue.warning(nodeCode, DEF_MAX_UNREACHABLE, best.points(), maxPoints));
        }
        return out;
    }
}
