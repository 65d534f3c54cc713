package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.ADMIN_UNIT;
import static org.parcheck.persistence.jooq.Tables.APP_SETTING;
import static org.parcheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static org.parcheck.persistence.jooq.Tables.VISIT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.parcheck.common.domain.UnitType;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.VisitItem;
import org.parcheck.persistence.jooq.tables.records.InspectionPlanRecord;

/**
 * What sync (#17) reads and remembers in a database, on either engine: plans and visits by uuid as a package carries
 * them ({@link ExchangeReader}), each plan's and visit's change signature, and the sync marks a laptop keeps in
 * {@code app_setting} (keys {@code sync.<server id>.…}).
 */
public final class JooqSyncRepository {

    /**
     * A plan or visit of this database and what tells that it changed: for a visit its revision and time of change
     * (every save touches both), for a plan a hash of its header, team and frameworks (edits there touch no column).
     */
    public record Owner(String uuid, String planUuid, boolean isPlan, String signature) {
    }

    private final Database database;

    public JooqSyncRepository(Database database) {
        this.database = database;
    }

    /**
     * The plans (uuid) with the chosen visits (uuids; none: the plan alone), their units and framework versions, each
     * with its exchange history, as one package's contents. Plans and visits not found here are left out.
     */
    public Contents read(Map<String, ? extends Collection<String>> visitsByPlan) {
        DSLContext dsl = database.dsl();
        Map<String, FrameworkData> frameworks = new LinkedHashMap<>();
        Map<String, Map<String, String>> units = new LinkedHashMap<>();
        List<PlanData> plans = new ArrayList<>();
        List<VisitData> visits = new ArrayList<>();
        for (Map.Entry<String, ? extends Collection<String>> e : visitsByPlan.entrySet()) {
            Long planId = dsl.select(INSPECTION_PLAN.ID).from(INSPECTION_PLAN)
                    .where(INSPECTION_PLAN.UUID.eq(UUID.fromString(e.getKey()))).fetchOne(INSPECTION_PLAN.ID);
            if (planId == null) {
                continue;
            }
            List<Long> visitIds = e.getValue().isEmpty() ? List.of() : dsl.select(VISIT.ID).from(VISIT)
                    .where(VISIT.PLAN_ID.eq(planId))
                    .and(VISIT.UUID.in(e.getValue().stream().map(UUID::fromString).toList())).fetch(VISIT.ID);
            Contents one = ExchangeReader.read(dsl, planId, visitIds, false);
            one.frameworks().forEach(f -> frameworks.putIfAbsent(f.versionUuid(), f));
            one.units().forEach(u -> units.putIfAbsent(u.get("uuid"), u));
            plans.addAll(one.plans());
            visits.addAll(one.visits());
        }
        return new Contents(List.copyOf(frameworks.values()), List.copyOf(units.values()), plans, visits);
    }

    /** Every plan and visit here with its change signature. */
    public List<Owner> owners() {
        DSLContext dsl = database.dsl();
        List<Owner> owners = new ArrayList<>();
        for (InspectionPlanRecord plan : dsl.selectFrom(INSPECTION_PLAN).orderBy(INSPECTION_PLAN.ID).fetch()) {
            StringBuilder text = new StringBuilder();
            new TreeMap<>(ExchangeReader.planData(dsl, plan).items())
                    .forEach((key, item) -> text.append(key).append('=').append(VisitItem.hashOf(item)).append(';'));
            owners.add(new Owner(plan.getUuid().toString(), plan.getUuid().toString(), true,
                    sha256(text.toString())));
        }
        dsl.select(VISIT.UUID, INSPECTION_PLAN.UUID, VISIT.REVISION, VISIT.UPDATED_AT).from(VISIT)
                .join(INSPECTION_PLAN).on(INSPECTION_PLAN.ID.eq(VISIT.PLAN_ID)).orderBy(VISIT.ID)
                .forEach(r -> owners.add(new Owner(r.value1().toString(), r.value2().toString(), false,
                        r.value3() + "@" + r.value4())));
        return owners;
    }

    /**
     * What a user calls each of {@code owners} (uuid → name), for saying which wait: a plan by its number and symbol
     * ("01/KH-SNV"), a visit by its unit's official name ("huyện Hạ Lang"). Owners not found here are left out.
     */
    public Map<String, String> names(Collection<Owner> owners) {
        DSLContext dsl = database.dsl();
        List<UUID> plans = owners.stream().filter(Owner::isPlan).map(o -> UUID.fromString(o.uuid())).toList();
        List<UUID> visits = owners.stream().filter(o -> !o.isPlan()).map(o -> UUID.fromString(o.uuid())).toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (!plans.isEmpty()) {
            dsl.select(INSPECTION_PLAN.UUID, INSPECTION_PLAN.NUMBER_SYMBOL).from(INSPECTION_PLAN)
                    .where(INSPECTION_PLAN.UUID.in(plans))
                    .forEach(r -> names.put(r.value1().toString(), r.value2()));
        }
        if (!visits.isEmpty()) {
            dsl.select(VISIT.UUID, ADMIN_UNIT.UNIT_TYPE, ADMIN_UNIT.NAME).from(VISIT)
                    .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(VISIT.UNIT_ID)).where(VISIT.UUID.in(visits))
                    .forEach(r -> {
                        String prefix = UnitType.valueOf(r.value2()).officialPrefix();
                        names.put(r.value1().toString(), prefix.isEmpty() ? r.value3() : prefix + " " + r.value3());
                    });
        }
        return names;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public Optional<String> setting(String key) {
        return new AppMetadata(database).get(key);
    }

    /** The settings whose key starts with {@code prefix}: key → value. */
    public Map<String, String> settings(String prefix) {
        Map<String, String> found = new TreeMap<>();
        database.dsl().select(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.startsWith(prefix))
                .forEach(r -> found.put(r.value1(), r.value2()));
        return found;
    }

    /** Sets settings (key → value; a null value removes the key), in one transaction. */
    public void putSettings(Map<String, String> values) {
        database.transaction(dsl -> {
            AppMetadata metadata = new AppMetadata(database);
            values.forEach((key, value) -> {
                if (value == null) {
                    dsl.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).execute();
                } else {
                    metadata.put(key, value);
                }
            });
            return null;
        });
    }
}
