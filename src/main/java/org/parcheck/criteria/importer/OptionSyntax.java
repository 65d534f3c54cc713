package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parcheck.scoring.rules.ChoiceOption;

/**
 * Choice options in one cell: {@code "A=2 (Đầy đủ); B=1 (Một phần); C=0"}, i.e. "code=points (label)" separated by
 * ";" (or line breaks), the label optional and written in parentheses, decimal comma or dot. A ";" inside the
 * parentheses belongs to the label. Codes cannot contain "=", ";" or "("; labels need balanced parentheses.
 */
final class OptionSyntax {

    private OptionSyntax() {
    }

    /** The text for a cell, in the options' order. */
    static String format(List<ChoiceOption> options) {
        List<String> parts = new ArrayList<>();
        for (ChoiceOption option : options) {
            String part = option.code() + "=" + Numbers.format(option.points());
            if (option.label() != null && !option.label().isBlank()) {
                part += " (" + option.label() + ")";
            }
            parts.add(part);
        }
        return String.join("; ", parts);
    }

    /** The options in the written order, or a failure naming the first part that cannot be read. */
    static Parsed<List<ChoiceOption>> parse(String text) {
        List<ChoiceOption> out = new ArrayList<>();
        for (String raw : split(text)) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            ChoiceOption option = option(part);
            if (option == null) {
                return Parsed.failure(part);
            }
            out.add(option);
        }
        if (out.isEmpty()) {
            return Parsed.failure(text);
        }
        return Parsed.success(List.copyOf(out));
    }

    private static ChoiceOption option(String part) {
        int equals = part.indexOf('=');
        if (equals <= 0) {
            return null;
        }
        String code = part.substring(0, equals).strip();
        String rest = part.substring(equals + 1).strip();
        String label = null;
        int open = rest.indexOf('(');
        if (open >= 0) {
            int close = rest.lastIndexOf(')');
            if (close < open || !rest.substring(close + 1).isBlank()) {
                return null;
            }
            label = rest.substring(open + 1, close).strip();
            rest = rest.substring(0, open).strip();
        }
        BigDecimal points = Numbers.parse(rest);
        if (code.isEmpty() || code.contains("(") || points == null) {
            return null;
        }
        return new ChoiceOption(code, label == null || label.isEmpty() ? null : label, points);
    }

    /** Splits on ";" and line breaks outside parentheses. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ';' || c == '\n') && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
