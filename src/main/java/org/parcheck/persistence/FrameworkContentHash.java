package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_CONSTRAINT;
import static org.parcheck.persistence.jooq.Tables.FIGURE_DEF;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.parcheck.common.util.Numbers;

/**
 * The SHA-256 of what a visit's report prints or scores from its framework version, as stored now (#15 §2): the
 * version's caps and settings, each item (code, parent's code, position, kind, title, maximum, rule type and rule,
 * critical scope), each figure (code, name, unit, kind), each figure constraint and each band (code, Vietnamese
 * label, minimum). The columns are listed here one by one, never "every column", so that a later migration adding a
 * column does not change the hash of versions finalised visits already point at; local ids, uuids and timestamps
 * are left out, so every laptop that has the version gives the same hash. Changing this list changes the
 * fingerprint of every visit finalised with a frozen report: don't.
 */
final class FrameworkContentHash {

    private FrameworkContentHash() {
    }

    /** The hash, or null when this laptop has no such version. */
    static String of(DSLContext dsl, UUID versionUuid) {
        Record version = dsl.select(FRAMEWORK_VERSION.ID, FRAMEWORK_VERSION.BONUS_CAP, FRAMEWORK_VERSION.DEDUCTION_CAP,
                        FRAMEWORK_VERSION.POINTS_MUST_SUM, FRAMEWORK_VERSION.SETTINGS_JSON)
                .from(FRAMEWORK_VERSION).where(FRAMEWORK_VERSION.UUID.eq(versionUuid)).fetchOne();
        if (version == null) {
            return null;
        }
        long id = version.get(FRAMEWORK_VERSION.ID);
        StringBuilder text = new StringBuilder("version");
        field(text, version.get(FRAMEWORK_VERSION.BONUS_CAP));
        field(text, version.get(FRAMEWORK_VERSION.DEDUCTION_CAP));
        field(text, version.get(FRAMEWORK_VERSION.POINTS_MUST_SUM));
        field(text, version.get(FRAMEWORK_VERSION.SETTINGS_JSON));
        Map<Long, String> codes = new HashMap<>();
        dsl.select(CRITERION_NODE.ID, CRITERION_NODE.CODE).from(CRITERION_NODE)
                .where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(id)).forEach(r -> codes.put(r.value1(), r.value2()));
        dsl.select(CRITERION_NODE.CODE, CRITERION_NODE.PARENT_ID, CRITERION_NODE.POSITION, CRITERION_NODE.KIND,
                        CRITERION_NODE.TITLE, CRITERION_NODE.MAX_POINTS, CRITERION_NODE.RULE_TYPE,
                        CRITERION_NODE.RULE_JSON, CRITERION_NODE.CRITICAL_SCOPE)
                .from(CRITERION_NODE).where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(id)).orderBy(CRITERION_NODE.CODE)
                .forEach(r -> line(text, "item", r.value1(), r.value2() == null ? null : codes.get(r.value2()),
                        r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
        dsl.select(FIGURE_DEF.CODE, FIGURE_DEF.NAME, FIGURE_DEF.UNIT_LABEL, FIGURE_DEF.VALUE_KIND).from(FIGURE_DEF)
                .where(FIGURE_DEF.FRAMEWORK_VERSION_ID.eq(id)).orderBy(FIGURE_DEF.CODE)
                .forEach(r -> line(text, "figure", r.value1(), r.value2(), r.value3(), r.value4()));
        dsl.select(FIGURE_CONSTRAINT.POSITION, FIGURE_CONSTRAINT.KIND, FIGURE_CONSTRAINT.LHS_CODES,
                        FIGURE_CONSTRAINT.RHS_CODE).from(FIGURE_CONSTRAINT)
                .where(FIGURE_CONSTRAINT.FRAMEWORK_VERSION_ID.eq(id))
                .orderBy(FIGURE_CONSTRAINT.POSITION, FIGURE_CONSTRAINT.KIND, FIGURE_CONSTRAINT.LHS_CODES,
                        FIGURE_CONSTRAINT.RHS_CODE)
                .forEach(r -> line(text, "constraint", r.value1(), r.value2(), r.value3(), r.value4()));
        dsl.select(CLASSIFICATION_BAND.CODE, CLASSIFICATION_BAND.LABEL_VI, CLASSIFICATION_BAND.MIN_PERCENT)
                .from(CLASSIFICATION_BAND).where(CLASSIFICATION_BAND.FRAMEWORK_VERSION_ID.eq(id))
                .orderBy(CLASSIFICATION_BAND.CODE)
                .forEach(r -> line(text, "band", r.value1(), r.value2(), r.value3()));
        return sha256(text.toString());
    }

    private static void line(StringBuilder text, String section, Object... values) {
        text.append('\n').append(section);
        for (Object value : values) {
            field(text, value);
        }
    }

    /** TAB, then the value: numbers plain, null as a lone NUL character, backslash, TAB, LF and NUL escaped. */
    private static void field(StringBuilder text, Object value) {
        text.append('\t');
        if (value == null) {
            text.append('\u0000');
        } else if (value instanceof BigDecimal number) {
            text.append(Numbers.plain(number).toPlainString());
        } else {
            text.append(value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\u0000", "\\0"));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
