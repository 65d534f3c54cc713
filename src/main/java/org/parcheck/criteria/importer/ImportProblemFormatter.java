package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.common.i18n.Messages;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * Localises {@link ImportProblem}s: "Trang tính "Tiêu chí", dòng 12, cột F (Điểm tối đa): …". Messages come from
 * {@code criteria.import.*}; the scoring engine's definition problems from the explanation bundles.
 */
public final class ImportProblemFormatter {

    private final Messages messages;
    private final ExplanationFormatter explanations;

    public ImportProblemFormatter(Messages messages) {
        this.messages = messages;
        this.explanations = new ExplanationFormatter(messages.locale());
    }

    /** Where and what, in one line. */
    public String format(ImportProblem problem) {
        String where = where(problem);
        String what = message(problem);
        return where == null ? what : messages.get("criteria.import.problem", where, what);
    }

    /** Where the problem is, or null for the file as a whole. */
    public String where(ImportProblem problem) {
        if (problem.sheet() == null) {
            return null;
        }
        if (problem.row() <= 0 && problem.header() == null) {
            return messages.get("criteria.import.atSheet", problem.sheet());
        }
        if (problem.row() <= 0) {
            return messages.get("criteria.import.atColumn", problem.sheet(), problem.header());
        }
        if (problem.header() == null) {
            return messages.get("criteria.import.atRow", problem.sheet(), problem.row());
        }
        if (problem.column() == null) {
            return messages.get("criteria.import.atRowColumn", problem.sheet(), problem.row(), problem.header());
        }
        return messages.get("criteria.import.atCell", problem.sheet(), problem.row(), problem.column(),
                problem.header());
    }

    /** What is wrong. */
    public String message(ImportProblem problem) {
        List<Object> args = problem.args();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            if (arg instanceof Explanation explanation) {
                values[i] = explanations.format(explanation);
            } else if (arg instanceof BigDecimal number) {
                values[i] = explanations.number(number);
            } else {
                values[i] = arg;
            }
        }
        return messages.get(problem.code().messageKey(), values);
    }
}
