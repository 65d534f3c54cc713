package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One data row of a {@link Table}, with typed reads that report what is wrong at the exact cell. Read each cell
 * once: every read of a bad cell reports it.
 *
 * @param table    the table's header
 * @param row      the row number as shown (1-based)
 * @param cells    the cells of the columns present
 * @param problems where problems go
 * @param <C>      the table's columns
 */
record TableRow<C extends Enum<C> & Column>(TableHeader<C> table, int row, Map<C, CellValue> cells,
                                            Problems problems) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    CellValue cell(C column) {
        return cells.getOrDefault(column, CellValue.BLANK);
    }

    boolean isBlank(C column) {
        return cell(column).isBlank();
    }

    /** The text of the cell, or null when blank or unusable (reported). */
    String text(C column) {
        CellValue value = cell(column);
        if (!usable(column, value)) {
            return null;
        }
        String text = value.asText();
        if (text != null && column.maxLength() > 0 && text.length() > column.maxLength()) {
            error(column, ProblemCode.TEXT_TOO_LONG, text.length(), column.maxLength());
            return null;
        }
        return text;
    }

    /** The text of a cell that must be filled. */
    String requiredText(C column) {
        CellValue value = cell(column);
        if (value.isBlank()) {
            error(column, ProblemCode.REQUIRED);
            return null;
        }
        return text(column);
    }

    /** A number (decimal comma or dot), or null when blank or wrong (reported). */
    BigDecimal number(C column) {
        return number(column, false);
    }

    /** A number that must be filled. */
    BigDecimal requiredNumber(C column) {
        if (isBlank(column)) {
            error(column, ProblemCode.REQUIRED);
            return null;
        }
        return number(column, false);
    }

    /** A number that must be filled and must not be negative. */
    BigDecimal requiredPoints(C column) {
        return notNegative(column, requiredNumber(column));
    }

    /** A number, if filled, that must not be negative. */
    BigDecimal points(C column) {
        return notNegative(column, number(column));
    }

    /** A percent number: 80, "80%", or 0.8 in a cell formatted as a percent all mean 80. */
    BigDecimal percent(C column) {
        return number(column, true);
    }

    /** A whole number such as a year, or null when blank or wrong (reported). */
    Integer wholeNumber(C column) {
        CellValue value = cell(column);
        BigDecimal number = number(column, false);
        if (number == null) {
            return null;
        }
        if (number.scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            error(column, ProblemCode.NOT_A_WHOLE_NUMBER, String.valueOf(value.asText()));
            return null;
        }
        return number.intValue();
    }

    /** One of a vocabulary's words; {@code whenBlank} for a blank cell; null (reported) for an unknown word. */
    <E extends Enum<E>> E word(C column, Vocabulary<E> words, E whenBlank) {
        String text = text(column);
        if (text == null) {
            return whenBlank;
        }
        E found = words.parse(text);
        if (found == null) {
            error(column, ProblemCode.UNKNOWN_WORD, text, words.accepted());
        }
        return found;
    }

    /** Yes/no: "Có"/"Không", Excel TRUE/FALSE, 1/0, the English words; blank is no. */
    boolean yesNo(C column) {
        CellValue value = cell(column);
        if (value.type() == CellValue.Type.BOOLEAN) {
            return value.bool();
        }
        return word(column, Words.YES_NO, Words.Answer.NO) == Words.Answer.YES;
    }

    /** The cell's items, split on ";", "," or line breaks ("huyện; xã"). */
    List<String> list(C column) {
        return Words.list(text(column));
    }

    void error(C column, ProblemCode code, Object... args) {
        problems.error(problem(column, code, args));
    }

    void warning(C column, ProblemCode code, Object... args) {
        problems.warning(problem(column, code, args));
    }

    ImportProblem problem(C column, ProblemCode code, Object... args) {
        return new ImportProblem(table.sheet(), row, table.letter(column), table.header(column), code,
                List.of(args));
    }

    private BigDecimal number(C column, boolean percent) {
        CellValue value = cell(column);
        if (!usable(column, value) || value.isBlank()) {
            return null;
        }
        switch (value.type()) {
            case NUMBER:
                return percent && value.percentFormat()
                        ? Numbers.canonical(value.number().multiply(HUNDRED)) : value.number();
            case TEXT:
                String text = value.text();
                if (percent && text.endsWith("%")) {
                    text = text.substring(0, text.length() - 1);
                }
                BigDecimal parsed = Numbers.parse(text);
                if (parsed == null) {
                    error(column, ProblemCode.NOT_A_NUMBER, value.text());
                }
                return parsed;
            default:
                error(column, ProblemCode.NOT_A_NUMBER, value.asText());
                return null;
        }
    }

    private BigDecimal notNegative(C column, BigDecimal number) {
        if (number != null && number.signum() < 0) {
            error(column, ProblemCode.NEGATIVE, number);
            return null;
        }
        return number;
    }

    private boolean usable(C column, CellValue value) {
        if (value.type() == CellValue.Type.ERROR) {
            error(column, ProblemCode.CELL_ERROR, value.text());
            return false;
        }
        if (value.type() == CellValue.Type.NO_CACHED_VALUE) {
            error(column, ProblemCode.FORMULA_WITHOUT_VALUE, value.text());
            return false;
        }
        return true;
    }
}
