package org.parcheck.answering.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.common.i18n.Messages;
import org.parcheck.scoring.ItemScore;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.NodeScore;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * The live score panel beside the checklist and each line's result, from a score card (#16 §4: progress first,
 * score second). While a visit is being answered the main indicator is progress ("Đã chấm 12/58 mục, 3 số liệu còn
 * thiếu"); the percentage and the classification are marked provisional, and the view shows them small, until
 * {@link #MOSTLY_ANSWERED_PERCENT} % of the applicable items are scored ({@link #mostlyAnsweredProperty()}).
 */
public final class VisitScorePanel {

    /**
     * From this share of the applicable items scored (in per cent), the percentage is shown large: below it, two or
     * three answers give a percentage and a band that mean nothing yet ("67,19 % · Yếu" after two figures).
     */
    public static final int MOSTLY_ANSWERED_PERCENT = 80;

    private final Messages messages;
    private final ObservableList<AreaResult> areas = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper percentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper classificationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mostlyAnswered = new ReadOnlyBooleanWrapper(false);

    VisitScorePanel(Messages messages) {
        this.messages = messages;
    }

    /** Shows {@code card} in the panel and in the lines of {@code entries}, by code. */
    void show(ScoreCard card, AnswerSheet sheet, Collection<String> figureCodes, Map<String, ItemEntry> entries,
            ExplanationFormatter formatter) {
        long applicable = card.items().stream().filter(i -> i.status() != ItemStatus.NOT_APPLICABLE).count();
        long scored = card.items().stream().filter(i -> i.status() == ItemStatus.SCORED).count();
        long missingFigures = figureCodes.stream().filter(code -> sheet.figures().get(code) == null).count();
        progressText.set(missingFigures == 0 ? messages.get("answering.visit.progressItems", scored, applicable)
                : messages.get("answering.visit.progressFigures", scored, applicable, missingFigures));
        progressDetail.set(messages.get("answering.visit.progress", card.missing().size(),
                card.notAssessable().size(), card.invalidItems().size()));
        mostlyAnswered.set(applicable > 0 && scored * 100 >= MOSTLY_ANSWERED_PERCENT * applicable);
        // over the maximum the percentage divides by, so that the two agree while items are pending (#16 §7)
        totalText.set(messages.get("answering.visit.total", formatter.points(card.total()),
                formatter.points(card.base().scoredMax())));
        percentText.set(card.percent() == null ? "—" : formatter.percent(card.percent()));
        classificationText.set(card.classification() == null ? "—"
                : ("en".equals(messages.locale().getLanguage()) ? card.classification().labelEn()
                        : card.classification().labelVi()) + (card.complete() ? ""
                        : " " + messages.get("answering.visit.provisional")));
        areas.setAll(card.nodes().stream().filter(n -> n.kind() == NodeKind.AREA)
                .map(node -> areaResult(node, formatter)).toList());
        // the lines last: a test (or a reader) who sees a line changed finds the totals already changed
        for (ItemScore score : card.items()) {
            ItemEntry entry = entries.get(score.code());
            if (entry != null) {
                entry.showOutOfScope(score.notApplicableByRule());
                entry.showResult(score.status(), scoreText(score, formatter), differenceText(score, formatter),
                        formatter.format(score.explanation()),
                        score.fullMarks() == null ? "" : formatter.format(score.fullMarks()));
                long evidence = sheet.evidenceCount(score.code());
                entry.showEvidence(evidence == 0 ? "" : messages.get("answering.visit.evidenceCount", evidence));
            }
        }
    }

    private AreaResult areaResult(NodeScore node, ExplanationFormatter formatter) {
        BigDecimal max = node.subtotal().applicableMax();
        double fraction = max.signum() == 0 ? -1
                : node.subtotal().achieved().divide(max, MathContext.DECIMAL64).doubleValue();
        return new AreaResult(node.code(), node.code() + ". " + node.title(),
                formatter.points(node.subtotal().achieved()) + " / " + formatter.points(max), fraction,
                node.zeroedByCritical() == null ? ""
                        : messages.get("answering.visit.zeroedByCritical", node.zeroedByCritical()));
    }

    private String scoreText(ItemScore score, ExplanationFormatter formatter) {
        return switch (score.status()) {
            case SCORED -> (score.isAdjustment() && score.ruleType().name().equals("DEDUCTION")
                    && !"0".equals(formatter.points(score.score())) ? "−" : "")
                    + formatter.points(score.score()) + " / " + formatter.points(score.maxPoints());
            case NOT_APPLICABLE -> score.notApplicableByRule() // the framework's "Áp dụng cho" (#16 §7)
                    ? messages.get("answering.visit.status.notApplicableFor", score.explanation().args().get(0))
                    : messages.get("answering.visit.status.NOT_APPLICABLE");
            case MISSING -> messages.get("answering.visit.status.MISSING");
            case NOT_ASSESSABLE -> messages.get("answering.visit.status.NOT_ASSESSABLE");
            case INVALID -> messages.get("answering.visit.status.INVALID");
        };
    }

    private String differenceText(ItemScore score, ExplanationFormatter formatter) {
        if (score.selfDifference() == null || "0".equals(formatter.points(score.selfDifference()))) {
            return "";
        }
        return messages.get("answering.visit.selfDifference", formatter.points(score.selfScore()),
                (score.selfDifference().signum() > 0 ? "+" : "") + formatter.points(score.selfDifference()));
    }

    public ObservableList<AreaResult> areas() {
        return areas;
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** The percentage (the classification beside it says "(tạm tính)" while some applicable item is not scored). */
    public ReadOnlyStringProperty percentTextProperty() {
        return percentText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty classificationTextProperty() {
        return classificationText.getReadOnlyProperty();
    }

    /** The main indicator while answering: "Đã chấm 12/58 mục, 3 số liệu còn thiếu". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** What is left, by kind: not answered, not assessable, invalid. */
    public ReadOnlyStringProperty progressDetailProperty() {
        return progressDetail.getReadOnlyProperty();
    }

    /** Whether {@link #MOSTLY_ANSWERED_PERCENT} % of the applicable items are scored (the score then shows large). */
    public ReadOnlyBooleanProperty mostlyAnsweredProperty() {
        return mostlyAnswered.getReadOnlyProperty();
    }
}
