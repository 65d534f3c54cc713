package org.parcheck.persistence;

import static org.parcheck.common.util.Numbers.plain;
import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_CONSTRAINT;
import static org.parcheck.persistence.jooq.Tables.FIGURE_DEF;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkRepository;
import org.parcheck.criteria.FrameworkSummary;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.RuleCodec;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.criteria.VersionStatus;
import org.parcheck.persistence.jooq.tables.records.CriterionNodeRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkRecord;
import org.parcheck.persistence.jooq.tables.records.FrameworkVersionRecord;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RuleType;

/** Criteria frameworks in H2 through jOOQ: one row per item, figure, constraint and band. */
public final class JooqFrameworkRepository implements FrameworkRepository {

    private final Database database;

    public JooqFrameworkRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<FrameworkSummary> summaries() {
        Field<Integer> using = DSL.field(DSL.selectCount().from(VISIT)
                .where(VISIT.FRAMEWORK_VERSION_ID.eq(FRAMEWORK_VERSION.ID))).as("using_visits");
        return database.dsl()
                .select(FRAMEWORK.ID, FRAMEWORK_VERSION.ID, FRAMEWORK.NAME, FRAMEWORK.TARGET_UNIT_TYPES,
                        FRAMEWORK_VERSION.TARGET_YEAR, FRAMEWORK_VERSION.VERSION_NO, FRAMEWORK_VERSION.STATUS,
                        FRAMEWORK.IS_DEMO, using)
                .from(FRAMEWORK_VERSION)
                .join(FRAMEWORK).on(FRAMEWORK.ID.eq(FRAMEWORK_VERSION.FRAMEWORK_ID))
                .orderBy(FRAMEWORK.NAME, FRAMEWORK_VERSION.VERSION_NO.desc())
                .fetch(r -> new FrameworkSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), Boolean.TRUE.equals(r.value8()), r.value9()));
    }

    @Override
    public StoredFramework create(FrameworkHeader header, FrameworkVersion version, FrameworkContent content) {
        return database.transaction(dsl -> {
            FrameworkRecord f = dsl.newRecord(FRAMEWORK);
            f.setUuid(header.uuid());
            fillHeader(f, header);
            f.store();
            FrameworkVersionRecord v = dsl.newRecord(FRAMEWORK_VERSION);
            v.setUuid(version.uuid());
            v.setFrameworkId(f.getId());
            v.setVersionNo(version.versionNo());
            v.setTargetYear(version.year());
            v.setStatus(version.status().name());
            v.setBasedOnVersionId(version.basedOnVersionId());
            v.setLegalBasis(Text.nfcOrNull(version.legalBasis()));
            v.setPublishedAt(version.publishedAt() == null && version.status() == VersionStatus.PUBLISHED
                    ? LocalDateTime.now(ZoneOffset.UTC) : version.publishedAt());
            v.store();
            insertContent(dsl, v.getId(), content);
            return load(dsl, v.getId()).orElseThrow();
        });
    }

    private static void fillHeader(FrameworkRecord f, FrameworkHeader header) {
        f.setName(Text.nfc(header.name()));
        f.setDescription(Text.nfcOrNull(header.description()));
        f.setTargetUnitTypes(joinTypes(header.targets()));
        f.setIsDemo(header.demo());
    }

    @Override
    public Optional<StoredFramework> load(long versionId) {
        return load(database.dsl(), versionId);
    }

    private Optional<StoredFramework> load(DSLContext dsl, long versionId) {
        FrameworkVersionRecord v = dsl.fetchOne(FRAMEWORK_VERSION, FRAMEWORK_VERSION.ID.eq(versionId));
        if (v == null) {
            return Optional.empty();
        }
        FrameworkRecord f = dsl.fetchSingle(FRAMEWORK, FRAMEWORK.ID.eq(v.getFrameworkId()));
        FrameworkHeader header = new FrameworkHeader(f.getId(), f.getUuid(), f.getName(), f.getDescription(),
                splitTypes(f.getTargetUnitTypes()), Boolean.TRUE.equals(f.getIsDemo()));
        FrameworkVersion version = new FrameworkVersion(v.getId(), v.getUuid(), v.getFrameworkId(),
                v.getVersionNo(), v.getTargetYear(), VersionStatus.valueOf(v.getStatus()), v.getBasedOnVersionId(),
                v.getLegalBasis(), v.getPublishedAt());
        return Optional.of(new StoredFramework(header, version, loadContent(dsl, v)));
    }

    private static FrameworkContent loadContent(DSLContext dsl, FrameworkVersionRecord v) {
        long versionId = v.getId();
        List<CriterionNodeRecord> rows = dsl.selectFrom(CRITERION_NODE)
                .where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(versionId))
                .orderBy(CRITERION_NODE.POSITION).fetch();
        Map<Long, List<CriterionNodeRecord>> children = new HashMap<>();
        List<CriterionNodeRecord> roots = new ArrayList<>();
        for (CriterionNodeRecord row : rows) {
            if (row.getParentId() == null) {
                roots.add(row);
            } else {
                children.computeIfAbsent(row.getParentId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<CriteriaItem> areas = roots.stream().map(r -> toItem(r, children)).toList();
        List<FigureDef> figures = dsl.selectFrom(FIGURE_DEF).where(FIGURE_DEF.FRAMEWORK_VERSION_ID.eq(versionId))
                .orderBy(FIGURE_DEF.POSITION)
                .fetch(r -> new FigureDef(r.getCode(), r.getName(), r.getUnitLabel(),
                        NumberKind.valueOf(r.getValueKind())));
        List<FigureConstraint> constraints = dsl.selectFrom(FIGURE_CONSTRAINT)
                .where(FIGURE_CONSTRAINT.FRAMEWORK_VERSION_ID.eq(versionId)).orderBy(FIGURE_CONSTRAINT.POSITION)
                .fetch(r -> new FigureConstraint(ConstraintType.valueOf(r.getKind()),
                        Arrays.asList(r.getLhsCodes().split(",")), r.getRhsCode()));
        List<Band> bands = dsl.selectFrom(CLASSIFICATION_BAND)
                .where(CLASSIFICATION_BAND.FRAMEWORK_VERSION_ID.eq(versionId)).orderBy(CLASSIFICATION_BAND.POSITION)
                .fetch(r -> new Band(r.getCode(), r.getLabelVi(), r.getLabelEn(), plain(r.getMinPercent())));
        return new FrameworkContent(areas, figures, constraints, bands, plain(v.getBonusCap()),
                plain(v.getDeductionCap()),
                Boolean.TRUE.equals(v.getPointsMustSum()));
    }

    private static CriteriaItem toItem(CriterionNodeRecord r, Map<Long, List<CriterionNodeRecord>> children) {
        List<CriteriaItem> kids = children.getOrDefault(r.getId(), List.of()).stream()
                .map(c -> toItem(c, children)).toList();
        return new CriteriaItem(NodeKind.valueOf(r.getKind()), r.getCode(), r.getTitle(), r.getGuidance(),
                plain(r.getMaxPoints()),
                r.getRuleType() == null ? null : RuleCodec.fromJson(RuleType.valueOf(r.getRuleType()),
                        r.getRuleJson()),
                Boolean.TRUE.equals(r.getEvidenceRequired()), CriticalScope.valueOf(r.getCriticalScope()),
                AssessmentMethod.valueOf(r.getAssessmentMethod()), splitTypes(r.getAppliesToUnitTypes()), kids);
    }

    @Override
    public void replaceContent(long versionId, FrameworkContent content) {
        database.transaction(dsl -> {
            dsl.deleteFrom(CRITERION_NODE).where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(versionId)
                    .and(CRITERION_NODE.PARENT_ID.isNotNull())).execute();
            dsl.deleteFrom(CRITERION_NODE).where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(versionId)).execute();
            dsl.deleteFrom(FIGURE_DEF).where(FIGURE_DEF.FRAMEWORK_VERSION_ID.eq(versionId)).execute();
            dsl.deleteFrom(FIGURE_CONSTRAINT).where(FIGURE_CONSTRAINT.FRAMEWORK_VERSION_ID.eq(versionId)).execute();
            dsl.deleteFrom(CLASSIFICATION_BAND).where(CLASSIFICATION_BAND.FRAMEWORK_VERSION_ID.eq(versionId))
                    .execute();
            insertContent(dsl, versionId, content);
            return null;
        });
    }

    private static void insertContent(DSLContext dsl, long versionId, FrameworkContent content) {
        dsl.update(FRAMEWORK_VERSION)
                .set(FRAMEWORK_VERSION.BONUS_CAP, content.bonusCap())
                .set(FRAMEWORK_VERSION.DEDUCTION_CAP, content.deductionCap())
                .set(FRAMEWORK_VERSION.POINTS_MUST_SUM, content.pointsMustSum())
                .where(FRAMEWORK_VERSION.ID.eq(versionId)).execute();
        int[] position = {0};
        for (CriteriaItem area : content.areas()) {
            insertItem(dsl, versionId, null, area, position);
        }
        int i = 0;
        for (FigureDef figure : content.figures()) {
            dsl.insertInto(FIGURE_DEF)
                    .set(FIGURE_DEF.FRAMEWORK_VERSION_ID, versionId)
                    .set(FIGURE_DEF.POSITION, i++)
                    .set(FIGURE_DEF.CODE, figure.code())
                    .set(FIGURE_DEF.NAME, Text.nfc(figure.name()))
                    .set(FIGURE_DEF.UNIT_LABEL, Text.nfcOrNull(figure.unit()))
                    .set(FIGURE_DEF.VALUE_KIND, figure.kind().name())
                    .execute();
        }
        i = 0;
        for (FigureConstraint constraint : content.constraints()) {
            dsl.insertInto(FIGURE_CONSTRAINT)
                    .set(FIGURE_CONSTRAINT.FRAMEWORK_VERSION_ID, versionId)
                    .set(FIGURE_CONSTRAINT.POSITION, i++)
                    .set(FIGURE_CONSTRAINT.KIND, constraint.type().name())
                    .set(FIGURE_CONSTRAINT.LHS_CODES, String.join(",", constraint.parts()))
                    .set(FIGURE_CONSTRAINT.RHS_CODE, constraint.whole())
                    .execute();
        }
        i = 0;
        for (Band band : content.bands()) {
            dsl.insertInto(CLASSIFICATION_BAND)
                    .set(CLASSIFICATION_BAND.FRAMEWORK_VERSION_ID, versionId)
                    .set(CLASSIFICATION_BAND.POSITION, i++)
                    .set(CLASSIFICATION_BAND.CODE, band.code())
                    .set(CLASSIFICATION_BAND.LABEL_VI, Text.nfc(band.labelVi()))
                    .set(CLASSIFICATION_BAND.LABEL_EN, band.labelEn())
                    .set(CLASSIFICATION_BAND.MIN_PERCENT, band.minPercent())
                    .execute();
        }
    }

    private static void insertItem(DSLContext dsl, long versionId, Long parentId, CriteriaItem item, int[] position) {
        CriterionNodeRecord r = dsl.newRecord(CRITERION_NODE);
        r.setUuid(UUID.randomUUID());
        r.setFrameworkVersionId(versionId);
        r.setParentId(parentId);
        r.setPosition(position[0]++);
        r.setKind(item.kind().name());
        r.setCode(Text.nfc(item.code()));
        r.setTitle(Text.nfc(item.title()));
        r.setGuidance(Text.nfcOrNull(item.guidance()));
        r.setMaxPoints(item.maxPoints());
        if (item.rule() != null) {
            r.setRuleType(item.rule().type().name());
            r.setAnswerType(item.rule().type().name());
            r.setRuleJson(RuleCodec.toJson(item.rule()));
        }
        r.setAppliesToUnitTypes(item.appliesTo().isEmpty() ? null : joinTypes(item.appliesTo()));
        r.setEvidenceRequired(item.evidenceRequired());
        r.setCriticalScope(item.critical().name());
        r.setAssessmentMethod(item.method().name());
        r.store();
        for (CriteriaItem child : item.children()) {
            insertItem(dsl, versionId, r.getId(), child, position);
        }
    }

    @Override
    public void updateVersionFacts(long versionId, Integer year, String legalBasis) {
        database.dsl().update(FRAMEWORK_VERSION)
                .set(FRAMEWORK_VERSION.TARGET_YEAR, year)
                .set(FRAMEWORK_VERSION.LEGAL_BASIS, Text.nfcOrNull(legalBasis))
                .where(FRAMEWORK_VERSION.ID.eq(versionId)).execute();
    }

    @Override
    public void updateHeader(FrameworkHeader header) {
        FrameworkRecord f = database.dsl().fetchSingle(FRAMEWORK, FRAMEWORK.ID.eq(header.id()));
        fillHeader(f, header);
        f.store();
    }

    @Override
    public void setStatus(long versionId, VersionStatus status) {
        database.dsl().update(FRAMEWORK_VERSION)
                .set(FRAMEWORK_VERSION.STATUS, status.name())
                .set(FRAMEWORK_VERSION.PUBLISHED_AT, status == VersionStatus.PUBLISHED
                        ? LocalDateTime.now(ZoneOffset.UTC) : null)
                .where(FRAMEWORK_VERSION.ID.eq(versionId)).execute();
    }

    @Override
    public StoredFramework copyAsNewVersion(long versionId) {
        return database.transaction(dsl -> {
            StoredFramework source = load(dsl, versionId).orElseThrow();
            Integer last = dsl.select(DSL.max(FRAMEWORK_VERSION.VERSION_NO)).from(FRAMEWORK_VERSION)
                    .where(FRAMEWORK_VERSION.FRAMEWORK_ID.eq(source.header().id())).fetchOne().value1();
            FrameworkVersionRecord v = dsl.newRecord(FRAMEWORK_VERSION);
            v.setUuid(UUID.randomUUID());
            v.setFrameworkId(source.header().id());
            v.setVersionNo(last + 1);
            v.setTargetYear(source.version().year());
            v.setStatus(VersionStatus.DRAFT.name());
            v.setBasedOnVersionId(versionId);
            v.setLegalBasis(source.version().legalBasis());
            v.store();
            insertContent(dsl, v.getId(), source.content());
            return load(dsl, v.getId()).orElseThrow();
        });
    }

    @Override
    public int visitsUsing(long versionId) {
        return database.dsl().fetchCount(VISIT, VISIT.FRAMEWORK_VERSION_ID.eq(versionId));
    }

    @Override
    public Map<String, Long> itemIds(long versionId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        database.dsl().select(CRITERION_NODE.CODE, CRITERION_NODE.ID).from(CRITERION_NODE)
                .where(CRITERION_NODE.FRAMEWORK_VERSION_ID.eq(versionId)).orderBy(CRITERION_NODE.POSITION)
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    static String joinTypes(Set<UnitType> types) {
        return types.stream().sorted().map(UnitType::name).collect(Collectors.joining(","));
    }

    static Set<UnitType> splitTypes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                types.add(UnitType.valueOf(part.strip()));
            }
        }
        return types;
    }
}
