package org.parcheck.scoring;

import org.parcheck.scoring.rules.NumberKind;

/**
 * A named raw figure collected during a visit (dossiers received, documents signed…).
 *
 * @param code stable code used by rules and answers ("received")
 * @param name display name ("Hồ sơ tiếp nhận")
 * @param unit unit label ("hồ sơ")
 * @param kind what values are valid
 */
public record FigureDef(String code, String name, String unit, NumberKind kind) {
}
