package org.parcheck.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.report.VisitReportModel.Area;
import org.parcheck.report.VisitReportModel.Item;
import org.parcheck.report.VisitReportModel.LostPoints;
import org.parcheck.scoring.ItemScore;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.NodeScore;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.Subtotal;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.RuleType;

/**
 * The results part of a biên bản as text, for {@link VisitReportBuilder}: the areas with their items, the items
 * that lost points (short layout) and the documents reviewed. Pure: a score card, the answers and the framework
 * in, NFC text out.
 */
final class VisitResultsText {

    private final ExplanationFormatter format;
    private final ExplanationFormatter named;

    /**
     * @param format the Vietnamese formatter (points, numbers)
     * @param named  the same, naming figures as the unit knows them (for explanations)
     */
    VisitResultsText(ExplanationFormatter format, ExplanationFormatter named) {
        this.format = format;
        this.named = named;
    }

    /** The areas with every item (the full layout's body, the short layout's annex). */
    List<Area> areas(List<CriteriaItem> framework, ScoreCard card, AnswerSheet sheet) {
        List<Area> areas = new ArrayList<>();
        for (CriteriaItem areaItem : framework) {
            NodeScore node = card.node(areaItem.code());
            List<Item> items = new ArrayList<>();
            for (CriteriaItem leaf : leaves(areaItem)) {
                ItemScore score = card.item(leaf.code());
                if (score != null) {
                    items.add(new Item(leaf.code(), VisitReportText.clean(leaf.title()), scoreText(score),
                            points(score.maxPoints()), score.selfScore() == null ? "" : points(score.selfScore()),
                            explanation(score, sheet.answer(leaf.code()))));
                }
            }
            if (node == null) {
                // An area that is itself a leaf: one line from its item score.
                ItemScore score = card.item(areaItem.code());
                if (score == null) {
                    continue;
                }
                areas.add(new Area(areaItem.code(), VisitReportText.clean(areaItem.title()), scoreText(score),
                        points(score.maxPoints()), score.selfScore() == null ? "" : points(score.selfScore()), items));
            } else {
                Subtotal s = node.subtotal();
                areas.add(new Area(areaItem.code(), VisitReportText.clean(areaItem.title()), points(s.achieved()),
                        points(s.applicableMax()), s.selfAchieved() == null ? "" : points(s.selfAchieved()), items));
            }
        }
        return areas;
    }

    /** Whether any item (or leaf area) has a self score. */
    static boolean hasSelfScores(List<Area> areas) {
        return areas.stream().anyMatch(a -> !a.selfScore().isEmpty()
                || a.items().stream().anyMatch(i -> !i.selfScore().isEmpty()));
    }

    /**
     * The items that lost points, in framework order: a scored item (not a bonus) below its maximum, a deduction
     * that took points, a critical failure.
     */
    List<LostPoints> lostPoints(List<CriteriaItem> framework, ScoreCard card) {
        List<LostPoints> lost = new ArrayList<>();
        for (CriteriaItem area : framework) {
            for (CriteriaItem leaf : leaves(area)) {
                ItemScore score = card.item(leaf.code());
                if (score == null || score.status() != ItemStatus.SCORED || score.ruleType() == RuleType.BONUS) {
                    continue;
                }
                boolean deducted = score.ruleType() == RuleType.DEDUCTION && score.score().signum() > 0;
                boolean below = score.ruleType() != RuleType.DEDUCTION
                        && score.score().compareTo(score.maxPoints()) < 0;
                if (deducted || below || score.criticalFailure()) {
                    lost.add(new LostPoints(leaf.code(), VisitReportText.clean(leaf.title()),
                            scoreText(score) + " / " + points(score.maxPoints()),
                            VisitReportText.quotes(named.format(score.explanation()))));
                }
            }
        }
        return lost;
    }

    /**
     * The documents reviewed, one line each, by date (undated last), number and title: "<title>, số <number> ngày
     * <date> của <issuer> (nội dung 1.1, 2.3)", punctuated as a list. A document cited for several items is listed
     * once, its items in code order.
     */
    static List<String> evidence(List<EvidenceCitation> citations) {
        Map<String, List<String>> items = new LinkedHashMap<>();
        Map<String, String> lines = new LinkedHashMap<>();
        // the same order on every laptop (a package import stores the rows in another order): by date, number, title
        List<EvidenceCitation> sorted = new ArrayList<>(citations);
        sorted.sort(Comparator.comparing(EvidenceCitation::docDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> Text.nfc(c.docNumber() == null ? "" : c.docNumber()))
                .thenComparing(c -> Text.nfc(c.title() == null ? "" : c.title()))
                .thenComparing(c -> Text.nfc(c.issuer() == null ? "" : c.issuer())));
        for (EvidenceCitation c : sorted) {
            StringBuilder line = new StringBuilder();
            if (!Text.isBlank(c.title())) {
                line.append(c.title().strip());
            }
            if (!Text.isBlank(c.docNumber())) {
                line.append(line.length() == 0 ? "Văn bản số " : ", số ").append(c.docNumber().strip());
            }
            if (c.docDate() != null) {
                line.append(" ngày ").append(VisitReportText.slashDate(c.docDate()));
            }
            if (!Text.isBlank(c.issuer())) {
                line.append(" của ").append(c.issuer().strip());
            }
            if (line.length() == 0) {
                continue;
            }
            String key = Text.matchKey(line.toString());
            lines.putIfAbsent(key, line.toString());
            List<String> codes = items.computeIfAbsent(key, k -> new ArrayList<>());
            if (!Text.isBlank(c.itemCode()) && !codes.contains(c.itemCode())) {
                codes.add(c.itemCode());
            }
        }
        List<String> out = new ArrayList<>();
        lines.forEach((key, line) -> {
            List<String> codes = new ArrayList<>(items.get(key));
            codes.sort(VisitResultsText::compareCodes);
            out.add("- " + VisitReportText.quotes(line)
                    + (codes.isEmpty() ? "" : " (nội dung " + String.join(", ", codes) + ")"));
        });
        return VisitReportText.listLines(out);
    }

    /** Item codes in their natural order: "1.2" before "1.10", "2" before "2.1". */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * The item's explanation; for an item the team marked not applicable with a reason, "Không áp dụng: <reason>"
     * (#16 §3: N/A asks for a reason).
     */
    private String explanation(ItemScore score, Answer answer) {
        if (score.status() == ItemStatus.NOT_APPLICABLE && !score.notApplicableByRule()) {
            String reason = notApplicableReason(answer);
            if (reason != null) {
                return Text.nfc(VisitReportText.notApplicable(reason) + ".");
            }
        }
        return VisitReportText.quotes(named.format(score.explanation()));
    }

    /**
     * Why the team marked an item not applicable, or null. The visit screen asks for the reason with the N/A mark
     * (#16 §3) and keeps it in the answer's note (the N/A line and the note field edit the same text), so an N/A
     * answer's note is its reason.
     */
    static String notApplicableReason(Answer answer) {
        return answer != null && answer.notApplicable() && !Text.isBlank(answer.note()) ? answer.note().strip()
                : null;
    }

    String scoreText(ItemScore score) {
        if (score.status() == ItemStatus.SCORED) {
            String points = points(score.score());
            boolean deducted = score.ruleType() == RuleType.DEDUCTION && !"0".equals(points);
            return deducted ? "−" + points : points;
        }
        if (score.notApplicableByRule()) {
            // the framework's "Áp dụng cho" names other unit types: "Không áp dụng cho xã"
            return "Không áp dụng cho " + score.explanation().args().get(0);
        }
        switch (score.status()) {
            case NOT_APPLICABLE:
                return "Không áp dụng";
            case MISSING:
                return "Chưa chấm";
            case INVALID:
                return "Số liệu không hợp lệ";
            default:
                return "Chưa xác định";
        }
    }

    String points(BigDecimal value) {
        return value == null ? "" : format.points(value);
    }

    private static List<CriteriaItem> leaves(CriteriaItem item) {
        if (item.isLeaf()) {
            return List.of(item);
        }
        List<CriteriaItem> out = new ArrayList<>();
        for (CriteriaItem child : item.children()) {
            out.addAll(leaves(child));
        }
        return out;
    }
}
