package org.parcheck.scoring;

import java.math.BigDecimal;

/**
 * A classification band (xếp loại): a percentage at or above {@code minPercent} earns it, the highest such band
 * wins. Values are framework data, never constants in code.
 *
 * @param code       stable code ("TOT")
 * @param labelVi    Vietnamese label ("Tốt")
 * @param labelEn    English label ("Good")
 * @param minPercent lower bound in percent, inclusive, in [0, 100]
 */
public record Band(String code, String labelVi, String labelEn, BigDecimal minPercent) {
}
