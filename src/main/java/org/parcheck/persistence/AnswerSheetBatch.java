package org.parcheck.persistence;

import static org.parcheck.common.util.Numbers.plain;
import static org.parcheck.persistence.jooq.Tables.ANSWER;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_VALUE;
import static org.parcheck.persistence.jooq.Tables.FINDING;
import static org.parcheck.persistence.jooq.Tables.RECOMMENDATION;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.plan.Visit;

/**
 * The answer sheets of many visits read together (#17 office mode: summaries and rankings over thousands of visits):
 * one query per table for up to {@link #CHUNK} visits instead of six per visit. Reads exactly what
 * {@link JooqAnswerRepository#load(long)} reads, in the same order, so a sheet read either way is equal.
 */
final class AnswerSheetBatch {

    /** Visits per query: bind values stay well under every driver's limit. */
    static final int CHUNK = 1000;

    /** The uuid of the evidence citations {@link #loadForScoring} counts without reading them. */
    static final java.util.UUID COUNTED = new java.util.UUID(0, 0);

    private final Database database;

    AnswerSheetBatch(Database database) {
        this.database = database;
    }

    /** The sheets of {@code visitIds} (visits that do not exist get an empty sheet), in the order given. */
    Map<Long, AnswerSheet> load(Collection<Long> visitIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(visitIds));
        Map<Long, AnswerSheet> sheets = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            sheets.putAll(loadChunk(database.dsl(), chunk));
        }
        return sheets;
    }

    private static Map<Long, AnswerSheet> loadChunk(DSLContext dsl, List<Long> ids) {
        Map<Long, Map<String, Answer>> answers = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
        Map<Long, List<EvidenceCitation>> evidence = new HashMap<>();
        Map<Long, List<Finding>> findings = new HashMap<>();
        Map<Long, List<Recommendation>> recommendations = new HashMap<>();
        dsl.select(CRITERION_NODE.CODE, ANSWER.asterisk()).from(ANSWER)
                .join(CRITERION_NODE).on(CRITERION_NODE.ID.eq(ANSWER.NODE_ID))
                .where(ANSWER.VISIT_ID.in(ids))
                .forEach(r -> answers.computeIfAbsent(r.get(ANSWER.VISIT_ID), k -> new HashMap<>())
                        .put(r.get(CRITERION_NODE.CODE),
                                JooqAnswerRepository.toAnswer(r.get(CRITERION_NODE.CODE), r.into(ANSWER))));
        dsl.selectFrom(FIGURE_VALUE).where(FIGURE_VALUE.VISIT_ID.in(ids)).forEach(r -> {
            if (r.getAmount() != null) {
                figures.computeIfAbsent(r.getVisitId(), k -> new HashMap<>()).put(r.getFigureCode(),
                        plain(r.getAmount()));
            }
        });
        dsl.select(CRITERION_NODE.CODE, EVIDENCE.asterisk()).from(EVIDENCE)
                .leftJoin(CRITERION_NODE).on(CRITERION_NODE.ID.eq(EVIDENCE.NODE_ID))
                .where(EVIDENCE.VISIT_ID.in(ids)).orderBy(EVIDENCE.ID)
                .forEach(row -> {
                    var r = row.into(EVIDENCE);
                    evidence.computeIfAbsent(r.getVisitId(), k -> new ArrayList<>()).add(new EvidenceCitation(
                            r.getId(), r.getUuid(), row.get(CRITERION_NODE.CODE), r.getDocNumber(), r.getDocDate(),
                            r.getIssuer(), r.getTitle(), r.getAttachmentPath(), r.getAttachmentSha256()));
                });
        dsl.select(CRITERION_NODE.CODE, FINDING.asterisk()).from(FINDING)
                .leftJoin(CRITERION_NODE).on(CRITERION_NODE.ID.eq(FINDING.NODE_ID))
                .where(FINDING.VISIT_ID.in(ids)).orderBy(FINDING.VISIT_ID, FINDING.POSITION, FINDING.ID)
                .forEach(row -> {
                    var r = row.into(FINDING);
                    findings.computeIfAbsent(r.getVisitId(), k -> new ArrayList<>()).add(new Finding(r.getId(),
                            r.getUuid(), Finding.Kind.valueOf(r.getKind()), r.getText(), r.getCause(),
                            row.get(CRITERION_NODE.CODE)));
                });
        dsl.selectFrom(RECOMMENDATION).where(RECOMMENDATION.VISIT_ID.in(ids))
                .orderBy(RECOMMENDATION.VISIT_ID, RECOMMENDATION.POSITION, RECOMMENDATION.ID)
                .forEach(r -> recommendations.computeIfAbsent(r.getVisitId(), k -> new ArrayList<>())
                        .add(VisitNotesStore.toRecommendation(r)));
        Map<Long, AnswerSheet> sheets = new LinkedHashMap<>();
        for (Long id : ids) {
            sheets.put(id, new AnswerSheet(id, answers.getOrDefault(id, Map.of()), figures.getOrDefault(id, Map.of()),
                    evidence.getOrDefault(id, List.of()), findings.getOrDefault(id, List.of()),
                    recommendations.getOrDefault(id, List.of())));
        }
        return sheets;
    }

    /**
     * What scoring reads of each visit, for rankings over thousands of visits: the answers' values (without notes,
     * flags and who changed them), the figures, and as many evidence citations per item as there are (without their
     * details, all with the same placeholder uuid); no findings, no recommendations. Three queries per chunk.
     */
    Map<Long, AnswerSheet> loadForScoring(Collection<Long> visitIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(visitIds));
        Map<Long, AnswerSheet> sheets = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            sheets.putAll(scoringChunk(database.dsl(), chunk));
        }
        return sheets;
    }

    private static Map<Long, AnswerSheet> scoringChunk(DSLContext dsl, List<Long> ids) {
        Map<Long, Map<String, Answer>> answers = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
        Map<Long, List<EvidenceCitation>> evidence = new HashMap<>();
        // the most rows (60 per visit): read straight from JDBC, without a jOOQ record per row (a third of the
        // reading's CPU time over 10,000 visits); the query is still jOOQ's, rendered for the engine
        var answerQuery = dsl.select(ANSWER.VISIT_ID, CRITERION_NODE.CODE, ANSWER.VALUE_TEXT, ANSWER.NOT_APPLICABLE,
                        ANSWER.SELF_SCORE, ANSWER.MANUAL_SCORE, ANSWER.MANUAL_REASON)
                .from(ANSWER).join(CRITERION_NODE).on(CRITERION_NODE.ID.eq(ANSWER.NODE_ID))
                .where(ANSWER.VISIT_ID.in(ids));
        String sql = answerQuery.getSQL();
        List<Object> binds = answerQuery.getBindValues();
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(2);
                        answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>(96)).put(code, new Answer(code,
                                rs.getString(3), rs.getBoolean(4), plain(rs.getBigDecimal(5)),
                                plain(rs.getBigDecimal(6)), rs.getString(7), null, false, null, null));
                    }
                }
            }
        });
        dsl.select(FIGURE_VALUE.VISIT_ID, FIGURE_VALUE.FIGURE_CODE, FIGURE_VALUE.AMOUNT).from(FIGURE_VALUE)
                .where(FIGURE_VALUE.VISIT_ID.in(ids).and(FIGURE_VALUE.AMOUNT.isNotNull()))
                .forEach(r -> figures.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(),
                        plain(r.value3())));
        dsl.select(EVIDENCE.VISIT_ID, CRITERION_NODE.CODE, DSL.count()).from(EVIDENCE)
                .leftJoin(CRITERION_NODE).on(CRITERION_NODE.ID.eq(EVIDENCE.NODE_ID))
                .where(EVIDENCE.VISIT_ID.in(ids)).groupBy(EVIDENCE.VISIT_ID, CRITERION_NODE.CODE)
                .forEach(r -> {
                    List<EvidenceCitation> list = evidence.computeIfAbsent(r.value1(), k -> new ArrayList<>());
                    for (int i = 0; i < r.value3(); i++) {
                        list.add(new EvidenceCitation(null, COUNTED, r.value2(), null, null, null, null, null, null));
                    }
                });
        Map<Long, AnswerSheet> sheets = new LinkedHashMap<>();
        for (Long id : ids) {
            sheets.put(id, new AnswerSheet(id, answers.getOrDefault(id, Map.of()), figures.getOrDefault(id, Map.of()),
                    evidence.getOrDefault(id, List.of()), List.of(), List.of()));
        }
        return sheets;
    }

    /**
     * For each of {@code visitIds}, the latest earlier visit to the same unit, as
     * {@link JooqAnswerRepository#previousVisit(long)} finds it (by date, undated after dated ones, then by creation);
     * visits without one are absent. Reads the visits of the units concerned once.
     */
    Map<Long, Visit> previousVisits(Collection<Long> visitIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(visitIds));
        Map<Long, Long> unitOf = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            database.dsl().select(VISIT.ID, VISIT.UNIT_ID).from(VISIT).where(VISIT.ID.in(chunk))
                    .forEach(r -> unitOf.put(r.value1(), r.value2()));
        }
        List<Long> units = new ArrayList<>(new LinkedHashSet<>(unitOf.values()));
        Map<Long, List<Visit>> byUnit = new HashMap<>();
        for (int from = 0; from < units.size(); from += CHUNK) {
            List<Long> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
            database.dsl().selectFrom(VISIT).where(VISIT.UNIT_ID.in(chunk)).fetch(JooqPlanRepository::toVisit)
                    .forEach(v -> byUnit.computeIfAbsent(v.unitId(), k -> new ArrayList<>()).add(v));
        }
        Comparator<Visit> order = Comparator.comparing(Visit::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Visit::id);
        Map<Long, Visit> previous = new HashMap<>();
        for (Long id : ids) {
            Long unit = unitOf.get(id);
            if (unit == null) {
                continue;
            }
            List<Visit> visits = byUnit.getOrDefault(unit, List.of());
            Visit self = visits.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
            if (self != null) {
                visits.stream().filter(v -> order.compare(v, self) < 0).max(order)
                        .ifPresent(v -> previous.put(id, v));
            }
        }
        return previous;
    }
}
