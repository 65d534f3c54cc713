package org.parcheck.report;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import org.parcheck.scoring.RankEntry;
import org.parcheck.scoring.RankedCard;
import org.parcheck.scoring.Ranking;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.Display;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * Builds the {@link YearSeriesModel} of the chosen years from every plan of those years (#17 office mode; works
 * the same on a laptop). Scores with the same engine and ranks with the same {@link Ranking} as the plan summary,
 * so a visit's percentage and classification here are those of its plan's summary to the last digit.
 *
 * <p>Reads for thousands of visits: the units once, each plan's visits once, what scoring needs of every visit in
 * batches ({@link VisitOpener#scoringSheets}), each framework version loaded and compiled once.
 */
public final class YearSeriesBuilder {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final AnswerService answers;
    private final PlanRepository plans;
    private final PlanService planService;
    private final ExplanationFormatter format = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);

    public YearSeriesBuilder(AnswerService answers, PlanRepository plans, PlanService planService) {
        this.answers = answers;
        this.plans = plans;
        this.planService = planService;
    }

    /** The years that have a plan, ascending. */
    public List<Integer> years() {
        return plans.overviews().stream().map(o -> o.plan().year()).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    /** A visit to rank: its plan, its unit's name as stored, and what it scored. */
    private record Entry(Plan plan, Visit visit, String unit, ScoreCard card) {
    }

    /** The results of {@code years} (empty: every year). */
    public YearSeriesModel build(Collection<Integer> years) {
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
        VisitOpener opener = answers.opener();
        Map<Long, AnswerSheet> sheets = opener.scoringSheets(visits.stream().map(Visit::id).toList());
        List<Entry> entries = new ArrayList<>();
        for (Visit visit : visits) {
            VisitSession session = opener.open(visit);
            ScoreCard card = answers.score(session, sheets.get(visit.id()));
            if (card.percent() == null) {
                unscored++;
            } else {
                entries.add(new Entry(planOf.get(visit.id()), visit,
                        Text.nfc(UnitNames.displayName(units.get(visit.unitId()), units)), card));
            }
        }
        TreeSet<Integer> covered = chosen.stream().map(Plan::year).collect(Collectors.toCollection(TreeSet::new));
        return new YearSeriesModel(List.copyOf(covered), ranking(entries), series(entries), unscored);
    }

    private List<RankedVisit> ranking(List<Entry> entries) {
        Map<ScoreCard, Entry> byCard = new IdentityHashMap<>();
        List<RankEntry> ranked = new ArrayList<>();
        for (Entry e : entries) {
            byCard.put(e.card(), e);
            ranked.add(new RankEntry(e.unit() + " (" + e.plan().year() + ")", e.card()));
        }
        List<RankedVisit> out = new ArrayList<>(entries.size());
        for (RankedCard r : Ranking.rank(ranked)) {
            Entry e = byCard.get(r.card());
            ScoreCard card = e.card();
            boolean provisional = !card.complete();
            String classification = card.classification() == null ? "Chưa xác định"
                    : Text.nfc(card.classification().labelVi());
            out.add(new RankedVisit(r.rank(), e.plan().year(), Text.nfc(e.plan().numberSymbol()), e.visit().id(),
                    e.unit(), e.visit().date(), card.total(), card.base().scoredMax(), card.percent(),
                    format.percent(card.percent()) + (provisional ? " (tạm tính)" : ""),
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
            years.forEach((year, e) -> percents.put(year, e.card().percent()));
            Entry first = years.values().iterator().next();
            Entry last = ((TreeMap<Integer, Entry>) years).lastEntry().getValue();
            BigDecimal change = years.size() < 2 ? null
                    : Display.round2(last.card().shownPercent().subtract(first.card().shownPercent()));
            out.add(new UnitSeries(unitId, last.unit(), percents, change));
        });
        Collator collator = Collator.getInstance(VI);
        out.sort(Comparator.comparing(UnitSeries::unit, collator).thenComparing(UnitSeries::unit)
                .thenComparing(UnitSeries::unitId));
        return out;
    }
}
