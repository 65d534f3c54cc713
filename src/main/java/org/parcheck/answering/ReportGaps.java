package org.parcheck.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.ItemScore;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.ScoreCard;

/** #15 §1: what the report part of a visit still lacks before it may be finalised. Pure: no database access. */
final class ReportGaps {

    private ReportGaps() {
    }

    /**
     * What the report part still lacks: start and end time, a team member present, the unit's attendees with the
     * one who signs, the unit's opinion (or its explicit "no opinion"), each unless the team chose to write that
     * part by hand on the paper; then, in the framework's order, each item that requires evidence and would earn
     * points but has none cited, and each item still flagged for a second look. Pure: no database access.
     */
    static List<ReportGap> of(VisitSession session, AnswerSheet sheet, ReportPart part,
                              Function<AnswerSheet, ScoreCard> scorer) {
        List<ReportGap> gaps = new ArrayList<>();
        ReportChoices choices = part.choices();
        VisitDetails details = part.details();
        if (!choices.isHandwritten(HandwrittenPart.TIMES)) {
            if (details.startTime() == null) {
                gaps.add(ReportGap.of(ReportGap.Kind.START_TIME));
            }
            if (details.endTime() == null) {
                gaps.add(ReportGap.of(ReportGap.Kind.END_TIME));
            }
        }
        if (!choices.isHandwritten(HandwrittenPart.TEAM)
                && part.team().stream().noneMatch(m -> choices.teamPresent().contains(m.uuid()))) {
            gaps.add(ReportGap.of(ReportGap.Kind.TEAM));
        }
        if (!choices.isHandwritten(HandwrittenPart.ATTENDEES)) {
            if (part.attendees().isEmpty()) {
                gaps.add(ReportGap.of(ReportGap.Kind.ATTENDEES));
            } else if (part.attendees().stream().noneMatch(Attendee::representative)) {
                gaps.add(ReportGap.of(ReportGap.Kind.REPRESENTATIVE));
            }
        }
        if (!choices.isHandwritten(HandwrittenPart.OPINION) && !choices.noUnitOpinion()
                && Text.isBlank(details.unitOpinion())) {
            gaps.add(ReportGap.of(ReportGap.Kind.OPINION));
        }
        List<String> lacking = evidenceLacking(session, sheet, scorer);
        List<CriteriaItem> leaves = session.framework().content().leaves();
        for (CriteriaItem leaf : leaves) {
            if (lacking.contains(leaf.code())) {
                gaps.add(new ReportGap(ReportGap.Kind.EVIDENCE, leaf.code()));
            }
        }
        for (CriteriaItem leaf : leaves) {
            if (sheet.answer(leaf.code()).flagged()) {
                gaps.add(new ReportGap(ReportGap.Kind.FLAGGED, leaf.code()));
            }
        }
        return gaps;
    }

    /**
     * The items that require evidence, have none cited and would earn points with it (the engine scores them 0
     * without it). An item answered so that it earns nothing anyway ("Không") has nothing to prove: the unit showed
     * no document, and the answer says so.
     */
    private static List<String> evidenceLacking(VisitSession session, AnswerSheet sheet,
                                                Function<AnswerSheet, ScoreCard> scorer) {
        List<EvidenceCitation> withPlaceholders = new ArrayList<>(sheet.evidence());
        List<String> candidates = new ArrayList<>();
        for (CriteriaItem leaf : session.framework().content().leaves()) {
            Answer answer = sheet.answer(leaf.code());
            if (leaf.evidenceRequired() && !answer.notApplicable() && sheet.evidenceCount(leaf.code()) == 0) {
                candidates.add(leaf.code());
                withPlaceholders.add(EvidenceCitation.of(leaf.code(), null, null, null, null));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        ScoreCard cited = scorer.apply(sheet.withEvidence(withPlaceholders));
        return candidates.stream().filter(code -> {
            ItemScore score = cited.item(code);
            return score != null && score.status() == ItemStatus.SCORED && score.score() != null
                    && score.score().signum() > 0;
        }).toList();
    }
}
