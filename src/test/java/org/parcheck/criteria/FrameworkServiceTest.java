package org.parcheck.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqFrameworkRepository;
import org.parcheck.scoring.explain.ExplanationCode;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.RatioBandsRule;
import org.parcheck.scoring.rules.Threshold;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/**
 * Frameworks on a real H2 file and a real PostgreSQL: round trip, freezing, versions, publishing checks, comparison.
 */
class FrameworkServiceTest {

    @TempDir
    Path dataDir;
    private Database db;
    private FrameworkService service;

    @BeforeEach
    void open(Engine engine) {
        db = engine.open(dataDir);
        service = new FrameworkService(new JooqFrameworkRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StoredFramework createSample() {
        return service.create(SampleFrameworks.header(), FrameworkVersion.draft(1, 2021, "Căn cứ thử"),
                SampleFrameworks.allRuleTypes());
    }

    @OnBothEngines
    void contentRoundTripsThroughTheDatabase() {
        StoredFramework stored = createSample();
        StoredFramework loaded = service.load(stored.version().id());
        assertEquals(SampleFrameworks.allRuleTypes(), loaded.content());
        assertEquals("Bộ tiêu chí thử nghiệm", loaded.header().name());
        assertEquals(2021, loaded.version().year());
        assertEquals(VersionStatus.DRAFT, loaded.version().status());
    }

    @OnBothEngines
    void aPublishedVersionIsFrozenAndANewVersionLeavesItUntouched() {
        StoredFramework v1 = createSample();
        long v1Id = v1.version().id();
        service.publish(v1Id);
        assertThrows(FrameworkService.FrozenException.class,
                () -> service.saveDraft(v1Id, FrameworkContent.empty()));

        StoredFramework v2 = service.newVersion(v1Id);
        assertEquals(2, v2.version().versionNo());
        assertEquals(v1Id, v2.version().basedOnVersionId());
        assertEquals(VersionStatus.DRAFT, v2.version().status());

        List<CriteriaItem> areas = new ArrayList<>(v2.content().areas());
        CriteriaItem area2 = areas.get(1);
        List<CriteriaItem> children = new ArrayList<>(area2.children());
        children.set(0, children.get(0).withMaxPoints(new BigDecimal("3")));
        children.remove(2);
        areas.set(1, area2.withChildren(children).withMaxPoints(new BigDecimal("5")));
        service.saveDraft(v2.version().id(), v2.content().withAreas(areas));

        assertEquals(SampleFrameworks.allRuleTypes(), service.load(v1Id).content(), "v1 must not change");
        List<FrameworkDiff.Change> changes = service.compare(v1Id, v2.version().id());
        assertThat(changes).extracting(FrameworkDiff.Change::code, FrameworkDiff.Change::kind)
                .contains(tuple("2.1", FrameworkDiff.ChangeKind.POINTS_CHANGED),
                        tuple("2.3", FrameworkDiff.ChangeKind.REMOVED));
    }

    @OnBothEngines
    void aVersionWithBlockingProblemsCannotBePublished() {
        StoredFramework v1 = createSample();
        FrameworkContent content = v1.content();
        List<CriteriaItem> areas = new ArrayList<>(content.areas());
        areas.set(0, areas.get(0).withMaxPoints(new BigDecimal("9")));
        service.saveDraft(v1.version().id(), content.withAreas(areas));

        FrameworkService.NotPublishableException e = assertThrows(FrameworkService.NotPublishableException.class,
                () -> service.publish(v1.version().id()));
        assertThat(e.issues()).anySatisfy(i -> {
            assertEquals("1", i.subject());
            assertThat(i.explanation().is(ExplanationCode.DEF_MAX_MISMATCH)).isTrue();
        });
        assertEquals(VersionStatus.DRAFT, service.load(v1.version().id()).version().status());
    }

    @OnBothEngines
    void pointsThatNeedNotAddUpOnlyWarn() {
        FrameworkContent content = SampleFrameworks.allRuleTypes();
        List<CriteriaItem> areas = new ArrayList<>(content.areas());
        areas.set(0, areas.get(0).withMaxPoints(new BigDecimal("9")));
        FrameworkContent loose = new FrameworkContent(areas, content.figures(), content.constraints(),
                content.bands(), content.bonusCap(), content.deductionCap(), false);
        List<FrameworkIssue> issues = FrameworkChecks.check(loose);
        assertThat(issues).isNotEmpty().noneMatch(FrameworkIssue::blocking);
        assertThat(FrameworkChecks.publishable(issues)).isTrue();
    }

    /** #16 §7: 98 % earning less than 95 % is an error that stops publishing, not a warning. */
    @OnBothEngines
    void pointsFallingAsTheThresholdRisesBlockPublishing() {
        StoredFramework v1 = createSample();
        FrameworkContent content = v1.content();
        service.saveDraft(v1.version().id(), content.withAreas(content.areas().stream()
                .map(FrameworkServiceTest::falling).toList()));

        FrameworkService.NotPublishableException e = assertThrows(FrameworkService.NotPublishableException.class,
                () -> service.publish(v1.version().id()));
        assertThat(e.issues()).anySatisfy(i -> {
            assertEquals("1.1.1", i.subject());
            assertThat(i.explanation().is(ExplanationCode.DEF_POINTS_DECREASE)).isTrue();
        });
        assertEquals(VersionStatus.DRAFT, service.load(v1.version().id()).version().status());
    }

    private static CriteriaItem falling(CriteriaItem item) {
        if (item.code().equals("1.1.1")) {
            return item.withRule(new RatioBandsRule("onTime", "resolved", BandValue.FRACTION_OF_MAX,
                    List.of(Threshold.of("90", "0.25"), Threshold.of("95", "1"), Threshold.of("98", "0.5"))));
        }
        return item.withChildren(item.children().stream().map(FrameworkServiceTest::falling).toList());
    }
}
