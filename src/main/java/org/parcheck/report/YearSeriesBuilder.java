package org.parcheck.report;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.VisitOpener;
import org.parcheck.answering.VisitSession;
import org.parcheck.common.util.Text;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.PlanService;
import org.parcheck.plan.UnitNames;
import org.parcheck.plan.Visit;
import org.parcheck.report.YearSeriesModel.RankedVisit;
import org.parcheck.report.YearSeriesModel.UnitSeries;
import org.parcheck.scoring.Ranking;
import org.parcheck.scoring.explain.Display;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * Builds the {@link YearSeriesModel} of the chosen years from every plan of those years (#17 office mode; works
 * the same on a laptop). Scores with the same engine and ranks with the same {@link Ranking} as the plan summary,
 * so a visit's percentage and classification here are those of its plan's summary to the last digit.
 *
 * <p>Reads for thousands of visits: the units once, each plan's visits once, what scoring needs of every visit in
 * batches ({@link VisitOpener#scoringSheets}), each framework version loaded and compiled once. On the province server
 * the scores kept there whose key still holds are used instead of scoring ({@link KeptScores}, D28), and the scores
 * worked out are kept for the next ranking when the login may write.
 */
public final class YearSeriesBuilder {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final AnswerService answers;
    private final PlanRepository plans;
    private final PlanService planService;
    private final KeptScores keptScores;
    private final ExplanationFormatter format = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);

    /** A builder that scores every visit from its answers (a laptop). */
    public YearSeriesBuilder(AnswerService answers, PlanRepository plans, PlanService planService) {
        this(answers, plans, planService, KeptScores.NONE);
    }

    /** A builder that uses and keeps {@code keptScores} (the province server, D28). */
    public YearSeriesBuilder(AnswerService answers, PlanRepository plans, PlanService planService,
                             KeptScores keptScores) {
        this.answers = answers;
        this.plans = plans;
        this.planService = planService;
        this.keptScores = keptScores;
    }

    /** The years that have a plan, ascending. */
    public List<Integer> years() {
        return plans.overviews().stream().map(o -> o.plan().year()).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    /** A visit to rank: its plan, its unit's name as stored, and what it scored. */
    private record Entry(Plan plan, Visit visit, String unit, VisitScore score) {
    }

    /** The results of {@code years} (empty: every year). */
    public YearSeriesModel build(Collection<Integer> years) {
        return build(years, new Counts());
    }

    /**
     * {@link #build(Collection)}, counting in {@code counts} how many scores were kept already and how many were
     * worked out from the answers (tests, the bench).
     */
    public YearSeriesModel build(Collection<Integer> years, Counts counts) {
        List<Plan> chosen = plans.overviews().stream().map(PlanOverview::plan)
                .filter(p -> years.isEmpty() || years.contains(p.year())).toList();
        Map<Long, AdminUnit> units = planService.units().stream()
                .collect(Collectors.toMap(AdminUnit::id, Function.identity()));
        List<Visit> visits = new ArrayList<>();
        Map<Long, Plan> planOf = new HashMap<>();
        int unscored = 0;
        for (Plan plan : chosen) {
            for (Visit visit : plans.visits(plan.id())) {
                if (visit.frameworkVersionId() == null) {
                    unscored++;
                    continue;
                }
                visits.add(visit);
                planOf.put(visit.id(), plan);
            }
        }
        // the kept scores first, then the answers of the rest: a change landing in between is kept under the key read
        // here, which it has made stale (D28)
        KeptScores.Lookup lookup = keptScores.lookup(visits.stream().map(Visit::id).toList());
        VisitOpener opener = answers.opener();
        Map<Long, AnswerSheet> sheets = opener.scoringSheets(visits.stream().map(Visit::id)
                .filter(id -> !lookup.kept().containsKey(id)).toList());
        Map<Long, VisitScore> computed = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Visit visit : visits) {
            VisitScore score = lookup.kept().get(visit.id());
            if (score == null) {
                VisitSession session = opener.open(visit);
                score = VisitScore.of(answers.score(session, sheets.get(visit.id())));
                computed.put(visit.id(), score);
            }
            if (score.percent() == null) {
                unscored++;
            } else {
                entries.add(new Entry(planOf.get(visit.id()), visit,
                        Text.nfc(UnitNames.displayName(units.get(visit.unitId()), units)), score));
            }
        }
        counts.kept += lookup.kept().size();
        counts.computed += computed.size();
        long keeping = System.nanoTime();
        counts.stored += computed.isEmpty() ? 0 : keptScores.keep(lookup, computed);
        counts.keepNanos += System.nanoTime() - keeping;
        TreeSet<Integer> covered = chosen.stream().map(Plan::year).collect(Collectors.toCollection(TreeSet::new));
        return new YearSeriesModel(List.copyOf(covered), ranking(entries), series(entries), unscored);
    }

    /** How a build came by its scores. */
    public static final class Counts {
        private int kept;
        private int computed;
        private int stored;
        private long keepNanos;

        /** Scores read as kept (their key held). */
        public int kept() {
            return kept;
        }

        /** Scores worked out from the answers. */
        public int computed() {
            return computed;
        }

        /** Of those, how many were kept for next time. */
        public int stored() {
            return stored;
        }

        /** How long keeping them took, in milliseconds (the bench). */
        public double keepMillis() {
            return keepNanos / 1e6;
        }
    }

    private List<RankedVisit> ranking(List<Entry> entries) {
        List<RankedVisit> out = new ArrayList<>(entries.size());
        for (Ranking.Ranked<Entry> r : Ranking.rankBy(entries, e -> e.unit() + " (" + e.plan().year() + ")",
                e -> e.score().shownPercent())) {
            Entry e = r.item();
            VisitScore score = e.score();
            boolean provisional = !score.complete();
            String classification = score.classification() == null ? "Chưa xác định" : score.classification();
            out.add(new RankedVisit(r.rank(), e.plan().year(), Text.nfc(e.plan().numberSymbol()), e.visit().id(),
                    e.unit(), e.visit().date(), score.total(), score.scoredMax(), score.percent(),
                    format.percent(score.percent()) + (provisional ? " (tạm tính)" : ""),
                    classification + (provisional ? " (tạm tính)" : ""), provisional));
        }
        return out;
    }

    private static List<UnitSeries> series(List<Entry> entries) {
        Comparator<Visit> order = Comparator.comparing(Visit::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Visit::id);
        Map<Long, Map<Integer, Entry>> byUnit = new LinkedHashMap<>();
        for (Entry e : entries) {
            byUnit.computeIfAbsent(e.visit().unitId(), k -> new TreeMap<>()).merge(e.plan().year(), e,
                    (a, b) -> order.compare(a.visit(), b.visit()) >= 0 ? a : b);
        }
        List<UnitSeries> out = new ArrayList<>();
        byUnit.forEach((unitId, years) -> {
            Map<Integer, BigDecimal> percents = new TreeMap<>();
            years.forEach((year, e) -> percents.put(year, e.score().percent()));
            Entry first = years.values().iterator().next();
            Entry last = ((TreeMap<Integer, Entry>) years).lastEntry().getValue();
            BigDecimal change = years.size() < 2 ? null
                    : Display.round2(last.score().shownPercent().subtract(first.score().shownPercent()));
            out.add(new UnitSeries(unitId, last.unit(), percents, change));
        });
        Collator collator = Collator.getInstance(VI);
        out.sort(Comparator.comparing(UnitSeries::unit, collator).thenComparing(UnitSeries::unit)
                .thenComparing(UnitSeries::unitId));
        return out;
    }
}
