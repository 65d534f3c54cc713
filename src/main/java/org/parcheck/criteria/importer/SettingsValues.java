package org.parcheck.criteria.importer;

import java.math.BigDecimal;
import java.util.Set;
import org.parcheck.common.domain.UnitType;

/**
 * What the sheet "Thông tin" says.
 *
 * @param name          framework name
 * @param description   description, or null
 * @param targets       target unit types
 * @param year          year, or null
 * @param legalBasis    legal basis, or null
 * @param bonusCap      bonus cap, or null
 * @param deductionCap  deduction cap, or null
 * @param pointsMustSum children's points must add up to the parent's
 */
record SettingsValues(String name, String description, Set<UnitType> targets, Integer year, String legalBasis,
                      BigDecimal bonusCap, BigDecimal deductionCap, boolean pointsMustSum) {
}
