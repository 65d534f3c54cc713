package org.parcheck.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two versions of a framework, item by item (matched by code). */
public final class FrameworkDiff {

    /** Kinds of change. */
    public enum ChangeKind { ADDED, REMOVED, TITLE_CHANGED, POINTS_CHANGED, RULE_CHANGED, SETTINGS_CHANGED }

    /** One change: the item code, what changed, and the old and new values as text. */
    public record Change(String code, ChangeKind kind, String before, String after) {
    }

    private FrameworkDiff() {
    }

    public static List<Change> between(FrameworkContent older, FrameworkContent newer) {
        Map<String, CriteriaItem> before = byCode(older);
        Map<String, CriteriaItem> after = byCode(newer);
        List<Change> changes = new ArrayList<>();
        for (CriteriaItem item : before.values()) {
            CriteriaItem now = after.get(item.code());
            if (now == null) {
                changes.add(new Change(item.code(), ChangeKind.REMOVED, item.title(), ""));
                continue;
            }
            if (!item.title().equals(now.title())) {
                changes.add(new Change(item.code(), ChangeKind.TITLE_CHANGED, item.title(), now.title()));
            }
            if (item.maxPoints().compareTo(now.maxPoints()) != 0) {
                changes.add(new Change(item.code(), ChangeKind.POINTS_CHANGED, item.maxPoints().toPlainString(),
                        now.maxPoints().toPlainString()));
            }
            if (!Objects.equals(ruleText(item), ruleText(now)) || item.evidenceRequired() != now.evidenceRequired()
                    || item.critical() != now.critical()) {
                changes.add(new Change(item.code(), ChangeKind.RULE_CHANGED, describe(item), describe(now)));
            }
        }
        for (CriteriaItem item : after.values()) {
            if (!before.containsKey(item.code())) {
                changes.add(new Change(item.code(), ChangeKind.ADDED, "", item.title()));
            }
        }
        if (!older.figures().equals(newer.figures()) || !older.constraints().equals(newer.constraints())
                || !older.bands().equals(newer.bands()) || !Objects.equals(older.bonusCap(), newer.bonusCap())
                || !Objects.equals(older.deductionCap(), newer.deductionCap())) {
            changes.add(new Change("", ChangeKind.SETTINGS_CHANGED, "", ""));
        }
        return changes;
    }

    private static String ruleText(CriteriaItem item) {
        return item.rule() == null ? null : item.rule().type() + RuleCodec.toJson(item.rule());
    }

    private static String describe(CriteriaItem item) {
        String rule = item.rule() == null ? "" : item.rule().type() + " " + RuleCodec.toJson(item.rule());
        return rule + (item.evidenceRequired() ? " +evidence" : "") + (item.critical().name().equals("NONE") ? ""
                : " critical:" + item.critical());
    }

    private static Map<String, CriteriaItem> byCode(FrameworkContent content) {
        Map<String, CriteriaItem> map = new LinkedHashMap<>();
        content.allItems().forEach(i -> map.put(i.code(), i));
        return map;
    }
}
