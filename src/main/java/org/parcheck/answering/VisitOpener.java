package org.parcheck.answering;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitNames;
import org.parcheck.plan.UnitRepository;
import org.parcheck.plan.Visit;
import org.parcheck.scoring.CompiledFramework;
import org.parcheck.scoring.ScoringEngine;

/**
 * Opens visits into {@link VisitSession}s: the visit, its unit's printed name, its framework version loaded and
 * compiled. One opener is meant for one piece of work that opens many visits (a plan summary of 60 visits, #18 §2):
 * it loads every framework version and compiles it once, and reads the units once, however many visits it opens.
 * It does not notice edits made after it read them, so it is not kept beyond that piece of work;
 * {@link AnswerService#open(long)} uses a new one every time.
 */
public final class VisitOpener {

    private final AnswerRepository answers;
    private final FrameworkService frameworks;
    private final UnitRepository units;
    private final ScoringEngine engine;
    private final Map<Long, StoredFramework> loaded = new HashMap<>();
    private final Map<Long, CompiledFramework> compiled = new HashMap<>();
    private Map<Long, AdminUnit> unitsById;

    VisitOpener(AnswerRepository answers, FrameworkService frameworks, UnitRepository units, ScoringEngine engine) {
        this.answers = answers;
        this.frameworks = frameworks;
        this.units = units;
        this.engine = engine;
    }

    /**
     * @throws IllegalArgumentException when there is no such visit
     * @throws IllegalStateException    when the visit has no framework version
     */
    public VisitSession open(long visitId) {
        return open(answers.visit(visitId).orElseThrow(() -> new IllegalArgumentException("No visit " + visitId)));
    }

    /** Opens a visit already read (e.g. from a plan's visit list). */
    public VisitSession open(Visit visit) {
        Long versionId = visit.frameworkVersionId();
        if (versionId == null) {
            throw new IllegalStateException("Visit " + visit.id() + " has no framework version");
        }
        StoredFramework framework = loaded.computeIfAbsent(versionId, frameworks::load);
        CompiledFramework scoring = compiled.computeIfAbsent(versionId, id -> engine.compile(
                framework.content().toScoringDef(String.valueOf(id), framework.header().name())));
        if (unitsById == null) {
            unitsById = units.findAll().stream().collect(Collectors.toMap(AdminUnit::id, Function.identity()));
        }
        AdminUnit unit = unitsById.get(visit.unitId());
        return new VisitSession(visit, UnitNames.displayName(unit, unitsById), unit.type(), framework, scoring);
    }

    /**
     * The answer sheets of many visits read together (summaries and rankings over thousands of visits), each equal
     * to {@link AnswerService#sheet(long)}, in the order given.
     */
    public Map<Long, AnswerSheet> sheets(Collection<Long> visitIds) {
        return answers.loadAll(visitIds);
    }

    /**
     * Sheets of many visits for scoring only (rankings): each scores exactly as {@link #sheets}'s would, but has no
     * findings or recommendations, and its evidence citations are counted, not read.
     */
    public Map<Long, AnswerSheet> scoringSheets(Collection<Long> visitIds) {
        return answers.loadForScoring(visitIds);
    }

    /**
     * The visit {@link AnswerService#previousVisitId(long)} finds, for many visits read together; those without one
     * are absent.
     */
    public Map<Long, Visit> previousVisits(Collection<Long> visitIds) {
        return answers.previousVisits(visitIds);
    }

    /** How many framework versions were loaded and compiled (tests: once per version, not once per visit). */
    int frameworksLoaded() {
        return compiled.size();
    }
}
