package org.parcheck.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.PackageException.Kind;

/**
 * Works out what importing a read package would do, writing nothing: every value checked against the database,
 * framework versions compared by content, units matched, every reference resolved, new plans and visits listed and
 * known ones merged ({@link Merge}); a finalised visit's changes all wait for the user's choice. Public for sync
 * (#17), which runs the same analysis on data read from the server (and, sending, on the server's side).
 */
public final class ImportAnalysis {

    private final ExchangeRepository repository;

    public ImportAnalysis(ExchangeRepository repository) {
        this.repository = repository;
    }

    /** What importing {@code read} would do; {@code repaired} are the attached files put back from it. */
    public ImportPlan plan(PackageReader.ReadPackage read, String fileName, List<String> repaired) {
        PackageManifest manifest = read.manifest();
        PackageData.Contents data = read.data();
        if (repository.packageImported(manifest.packageId())) {
            return new ImportPlan(manifest, fileName, true, List.of(), List.of(), Map.of(), List.of(), List.of(),
                    List.of(), read.evidence(), read.stagingDir(), repaired);
        }
        // every value against the database's limits and constraints, before anything is written
        repository.check(data, manifest, fileName);
        // framework versions: the package's, checked against ours; every reference must resolve
        Map<String, FrameworkData> versions = new HashMap<>();
        List<FrameworkData> newFrameworks = new ArrayList<>();
        for (FrameworkData incoming : data.frameworks()) {
            String uuid = require(incoming.versionUuid(), "framework version");
            Optional<FrameworkData> local = repository.frameworkVersion(uuid);
            if (local.isPresent()) {
                if (!local.get().contentHash().equals(incoming.contentHash())) {
                    throw new PackageException(Kind.FRAMEWORK_DIFFERS, uuid, incoming.label());
                }
                versions.put(uuid, local.get());
            } else {
                versions.put(uuid, incoming);
                newFrameworks.add(incoming);
            }
        }
        Function<String, FrameworkData> version = uuid -> {
            FrameworkData found = versions.get(uuid);
            if (found == null) {
                found = repository.frameworkVersion(uuid).orElseThrow(() ->
                        new PackageException(Kind.MISSING_FRAMEWORK, uuid, uuid));
                versions.put(uuid, found);
            }
            return found;
        };
        // units: matched to ours by uuid or by code, name, type and validity
        Map<String, String> unitUuids = new HashMap<>();
        List<Map<String, String>> newUnits = new ArrayList<>();
        Set<String> incomingUnits = new HashSet<>();
        for (Map<String, String> unit : data.units()) {
            String uuid = require(unit.get("uuid"), "unit");
            incomingUnits.add(uuid);
            Optional<String> local = repository.matchUnit(unit);
            if (local.isPresent()) {
                unitUuids.put(uuid, local.get());
            } else {
                unitUuids.put(uuid, uuid);
                newUnits.add(unit);
            }
        }
        for (Map<String, String> unit : newUnits) {
            for (String ref : new String[] {unit.get("parent_uuid"), unit.get("successor_uuid")}) {
                if (ref != null && !incomingUnits.contains(ref)
                        && repository.matchUnit(Map.of("uuid", ref)).isEmpty()) {
                    throw new PackageException(Kind.MISSING_REFERENCE, "unit " + ref, unit.get("name"));
                }
            }
        }
        // plans: new ones added, known ones merged (header, team, framework per unit type)
        Set<String> plans = new HashSet<>();
        List<PlanData> newPlans = new ArrayList<>();
        List<ImportPlan.VisitMerge> merges = new ArrayList<>();
        for (PlanData plan : data.plans()) {
            String uuid = require(plan.uuid(), "plan");
            plans.add(uuid);
            plan.frameworks().values().forEach(version::apply);
            plan.team().forEach(member -> require(member.get("uuid"), "team member"));
            Optional<PlanData> local = repository.plan(uuid);
            if (local.isEmpty()) {
                newPlans.add(plan);
            } else {
                Merge.Result result = Merge.merge(local.get().asMergeable(), plan.asMergeable());
                merges.add(new ImportPlan.VisitMerge(plan.asMergeable(), local.get().asMergeable(), result, true));
            }
        }
        // visits
        List<VisitData> newVisits = new ArrayList<>();
        for (VisitData visit : data.visits()) {
            String uuid = require(visit.uuid(), "visit");
            String planUuid = require(visit.visit().get("plan_uuid"), "visit plan");
            if (!plans.contains(planUuid) && !repository.planExists(planUuid)) {
                throw new PackageException(Kind.MISSING_REFERENCE, "plan " + planUuid, visit.label());
            }
            String unitUuid = require(visit.visit().get("unit_uuid"), "visit unit");
            if (visit.visit().containsKey("content_unit_uuid")) {
                require(visit.visit().get("content_unit_uuid"), "visit content unit");
            }
            if (!unitUuids.containsKey(unitUuid) && repository.matchUnit(Map.of("uuid", unitUuid)).isEmpty()) {
                throw new PackageException(Kind.MISSING_REFERENCE, "unit " + unitUuid, visit.label());
            }
            String versionUuid = visit.visit().get("framework_version_uuid");
            Set<String> nodes = versionUuid == null ? Set.of() : version.apply(versionUuid).nodes().stream()
                    .map(n -> n.get("code")).collect(Collectors.toSet());
            checkItems(visit, nodes);
            Optional<VisitData> local = repository.visit(uuid);
            if (local.isEmpty()) {
                checkEvidence(visit.items().values(), read.evidence(), visit.label());
                newVisits.add(visit);
                continue;
            }
            VisitData mine = local.get();
            if (!java.util.Objects.equals(mine.visit().get("framework_version_uuid"), versionUuid)
                    || !planUuid.equals(mine.visit().get("plan_uuid"))) {
                throw new PackageException(Kind.VISIT_MISMATCH, uuid, mine.label());
            }
            Merge.Result result = Merge.merge(mine, visit);
            if (FinalisedElsewhere.isFinalised(mine) && !result.changes().isEmpty()) {
                // a finalised visit is read-only here: nothing changes it without the user's explicit choice
                List<Merge.Change> all = new ArrayList<>(result.conflicts());
                all.addAll(result.changes());
                result = new Merge.Result(List.of(), all, result.keptLocal(), result.history());
            }
            List<VisitItem> written = new ArrayList<>();
            result.changes().forEach(c -> written.add(c.incoming()));
            result.conflicts().forEach(c -> written.add(c.incoming()));
            // a finalised visit may be taken whole (FinalisedElsewhere): every file it refers to must come with it
            checkEvidence(FinalisedElsewhere.isFinalised(visit) ? visit.items().values() : written, read.evidence(),
                    mine.label());
            merges.add(new ImportPlan.VisitMerge(visit, mine, result, false));
        }
        return new ImportPlan(manifest, fileName, false, newFrameworks, newUnits, unitUuids, newPlans, newVisits,
                merges, read.evidence(), read.stagingDir(), repaired);
    }

    private static void checkItems(VisitData visit, Set<String> nodes) {
        for (Map.Entry<String, VisitItem> e : visit.items().entrySet()) {
            String key = e.getKey();
            if (key.startsWith("answer:") && !nodes.contains(key.substring("answer:".length()))) {
                throw new PackageException(Kind.MISSING_REFERENCE, "item " + key, visit.label());
            }
            String node = e.getValue() == null ? null : e.getValue().field("node_code");
            if (node != null && !nodes.contains(node)) {
                throw new PackageException(Kind.MISSING_REFERENCE, "item " + node, visit.label());
            }
            if (e.getValue() == null) {
                throw new PackageException(Kind.INVALID_JSON, "empty item " + key, PackageManifest.DATA);
            }
        }
    }

    private static void checkEvidence(Collection<VisitItem> items, Map<String, Path> evidence, String label) {
        for (VisitItem item : items) {
            String sha = item == null ? null : item.field("attachment_sha256");
            if (sha != null && !evidence.containsKey(sha.toLowerCase(java.util.Locale.ROOT))) {
                throw new PackageException(Kind.EVIDENCE_MISSING, "evidence " + sha, label);
            }
        }
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new PackageException(Kind.INVALID_JSON, what + " without uuid", PackageManifest.DATA);
        }
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PackageException(Kind.INVALID_JSON, what + " uuid " + value, PackageManifest.DATA);
        }
        return value;
    }
}
