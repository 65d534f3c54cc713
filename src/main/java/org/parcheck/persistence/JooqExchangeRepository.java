package org.parcheck.persistence;

import static org.parcheck.persistence.ExchangeRows.text;
import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.EVIDENCE;
import static org.parcheck.persistence.jooq.Tables.EXCHANGE_PACKAGE;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.parcheck.exchange.ExchangeRepository;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.ExchangeRepository.Application;
import org.parcheck.exchange.PackageManifest;

/**
 * Team exchange in the database, the {@link ExchangeRepository} port: reading a package's rows
 * ({@link ExchangeReader}), applying an import in one transaction ({@link ExchangeWriter}, item by item with
 * {@link VisitItemWriter}), the exchange histories ({@link ExchangeHistories}) and the look-ups the import's
 * analysis makes. The rows travel as text ({@link ExchangeRows}); the values are checked before anything is written
 * ({@link PackageValues}).
 */
public final class JooqExchangeRepository implements ExchangeRepository {

    private final Database database;

    public JooqExchangeRepository(Database database) {
        this.database = database;
    }

    @Override
    public Contents read(long planId, Collection<Long> visitIds) {
        return ExchangeReader.read(database.dsl(), planId, visitIds);
    }

    @Override
    public Optional<PlanData> plan(String uuid) {
        DSLContext dsl = database.dsl();
        return dsl.fetchOptional(INSPECTION_PLAN, INSPECTION_PLAN.UUID.eq(UUID.fromString(uuid)))
                .map(p -> ExchangeReader.planData(dsl, p));
    }

    @Override
    public void saveHistories(Map<String, Map<String, List<String>>> histories) {
        database.transaction(dsl -> {
            histories.forEach((uuid, history) -> ExchangeHistories.save(dsl, UUID.fromString(uuid), history));
            return null;
        });
    }

    @Override
    public Optional<FrameworkData> frameworkVersion(String uuid) {
        DSLContext dsl = database.dsl();
        return dsl.select(FRAMEWORK_VERSION.ID).from(FRAMEWORK_VERSION)
                .where(FRAMEWORK_VERSION.UUID.eq(UUID.fromString(uuid))).fetchOptional(FRAMEWORK_VERSION.ID)
                .map(id -> ExchangeReader.frameworkData(dsl, id));
    }

    @Override
    public Optional<String> matchUnit(Map<String, String> unit) {
        DSLContext dsl = database.dsl();
        UUID uuid = UUID.fromString(unit.get("uuid"));
        if (dsl.fetchExists(ADMIN_UNIT, ADMIN_UNIT.UUID.eq(uuid))) {
            return Optional.of(uuid.toString());
        }
        if (unit.get("name") == null || unit.get("unit_type") == null) {
            return Optional.empty();
        }
        return dsl.selectFrom(ADMIN_UNIT).where(ADMIN_UNIT.UNIT_TYPE.eq(unit.get("unit_type")))
                .and(ADMIN_UNIT.NAME.eq(unit.get("name"))).fetch().stream()
                .filter(u -> Objects.equals(u.getCode(), unit.get("code"))
                        && Objects.equals(text(u.getValidFrom()), unit.get("valid_from"))
                        && Objects.equals(text(u.getValidTo()), unit.get("valid_to")))
                .map(u -> u.getUuid().toString()).findFirst();
    }

    @Override
    public boolean planExists(String uuid) {
        return database.dsl().fetchExists(INSPECTION_PLAN, INSPECTION_PLAN.UUID.eq(UUID.fromString(uuid)));
    }

    @Override
    public Optional<VisitData> visit(String uuid) {
        DSLContext dsl = database.dsl();
        return dsl.fetchOptional(VISIT, VISIT.UUID.eq(UUID.fromString(uuid)))
                .map(v -> ExchangeReader.visitData(dsl, v));
    }

    @Override
    public boolean packageImported(String packageId) {
        return database.dsl().fetchExists(EXCHANGE_PACKAGE, EXCHANGE_PACKAGE.PACKAGE_ID.eq(UUID.fromString(packageId)));
    }

    @Override
    public Map<String, String> attachmentsWithHashes(Collection<String> sha256s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sha256s.isEmpty()) {
            return out;
        }
        List<String> lower = sha256s.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        database.dsl().select(EVIDENCE.ATTACHMENT_PATH, EVIDENCE.ATTACHMENT_SHA256).from(EVIDENCE)
                .where(EVIDENCE.ATTACHMENT_PATH.isNotNull())
                .and(org.jooq.impl.DSL.lower(EVIDENCE.ATTACHMENT_SHA256).in(lower))
                .orderBy(EVIDENCE.ID)
                .forEach(r -> out.put(r.value1(), r.value2().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    @Override
    public void check(Contents data, PackageManifest manifest, String fileName) {
        PackageValues.check(database.dsl(), data, manifest, fileName);
    }

    @Override
    public long planOf(long visitId) {
        return database.dsl().select(VISIT.PLAN_ID).from(VISIT).where(VISIT.ID.eq(visitId)).fetchSingle().value1();
    }

    @Override
    public String suggestedName(long visitId) {
        return database.dsl().select(INSPECTION_PLAN.NUMBER_SYMBOL, ADMIN_UNIT.NAME).from(VISIT)
                .join(INSPECTION_PLAN).on(INSPECTION_PLAN.ID.eq(VISIT.PLAN_ID))
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(VISIT.UNIT_ID))
                .where(VISIT.ID.eq(visitId)).fetchSingle(r -> r.value1() + " " + r.value2());
    }

    @Override
    public void apply(Application a) {
        ExchangeWriter.apply(database, a);
    }
}
