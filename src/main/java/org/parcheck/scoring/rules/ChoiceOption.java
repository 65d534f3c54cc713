package org.parcheck.scoring.rules;

import java.math.BigDecimal;

/**
 * One option of a {@link ChoiceRule}.
 *
 * @param code   stable code stored in answers ("A")
 * @param label  text shown to the inspector
 * @param points points earned by this option, within [0, max]
 */
public record ChoiceOption(String code, String label, BigDecimal points) {

    /** Shorthand: {@code ChoiceOption.of("A", "Đầy đủ", "2")}. */
    public static ChoiceOption of(String code, String label, String points) {
        return new ChoiceOption(code, label, new BigDecimal(points));
    }
}
