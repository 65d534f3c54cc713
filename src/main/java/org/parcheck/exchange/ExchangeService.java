package org.parcheck.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.exchange.ImportPlan.Choice;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.PackageException.Kind;

/**
 * Team exchange: export a visit, several visits or a whole plan to a {@code .parcheck} file; read a package into an
 * {@link ImportPlan} (checked completely, nothing written); apply it with the user's choices in one transaction.
 */
public final class ExchangeService {

    /** The folder (inside the data folder) where evidence files of a package wait until it is applied. */
    public static final String STAGING = "exchange-staging";
    private static final Logger LOG = Logger.getLogger(ExchangeService.class.getName());

    private final ExchangeRepository repository;
    private final Path dataDir;
    private final String appVersion;
    private final Supplier<String> actor;
    private final Clock clock;
    /** Room kept free beyond the files themselves, for the database's growth during one import. */
    static final long DATABASE_MARGIN = 4L << 20;

    private final PackageLimits limits;
    private final ToLongFunction<Path> freeSpace;

    public ExchangeService(ExchangeRepository repository, Path dataDir, String appVersion, String actor,
                           Clock clock, PackageLimits limits) {
        this(repository, dataDir, appVersion, () -> actor, clock, limits);
    }

    /** {@code actor} is read at every export and import: the inspector using the laptop at that moment (#15). */
    public ExchangeService(ExchangeRepository repository, Path dataDir, String appVersion, Supplier<String> actor,
                           Clock clock, PackageLimits limits) {
        this(repository, dataDir, appVersion, actor, clock, limits, DiskSpace::usable);
    }

    /** With {@code freeSpace} telling the usable bytes at a path (-1 unknown): a seam for tests of a full disk. */
    public ExchangeService(ExchangeRepository repository, Path dataDir, String appVersion, Supplier<String> actor,
                           Clock clock, PackageLimits limits, ToLongFunction<Path> freeSpace) {
        this.freeSpace = freeSpace;
        this.repository = repository;
        this.dataDir = dataDir;
        this.appVersion = appVersion;
        this.actor = actor;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Exports a plan with the chosen visits (all when {@code visitIds} is empty) to {@code file}, and remembers
     * what was exported for later merges. Returns the manifest written.
     */
    public PackageManifest export(long planId, Collection<Long> visitIds, Path file) {
        PackageData.Contents read = repository.read(planId, visitIds);
        Map<String, Map<String, List<String>>> histories = new LinkedHashMap<>();
        List<VisitData> visits = new ArrayList<>();
        Map<String, Path> evidence = new LinkedHashMap<>();
        for (VisitData visit : read.visits()) {
            Map<String, List<String>> history = Merge.afterExport(visit.history(), visit.items());
            histories.put(visit.uuid(), history);
            Map<String, VisitItem> items = new LinkedHashMap<>();
            visit.items().forEach((key, item) -> {
                String sha = item.field("attachment_sha256");
                String path = item.field("attachment_path");
                if (sha != null && path != null) {
                    evidence.put(sha.toLowerCase(java.util.Locale.ROOT), dataDir.resolve(path));
                }
                items.put(key, path == null ? item : item.with("attachment_path", null));
            });
            visits.add(new VisitData(visit.visit(), visit.label(), items, history));
        }
        List<PlanData> plans = new ArrayList<>();
        for (PlanData plan : read.plans()) {
            Map<String, List<String>> history = Merge.afterExport(plan.history(), plan.items());
            histories.put(plan.uuid(), history);
            plans.add(plan.withHistory(history));
        }
        PackageData.Contents data = new PackageData.Contents(read.frameworks(), read.units(), plans, visits);
        String description = read.plans().isEmpty() ? "" : read.plans().get(0).plan().get("number_symbol")
                + " (" + visits.size() + ")";
        PackageManifest header = new PackageManifest(PackageManifest.FORMAT, PackageManifest.FORMAT_VERSION,
                appVersion, UUID.randomUUID().toString(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC))
                .toString(), actor.get(), description, List.of());
        try {
            PackageWriter.write(file, header, data, evidence);
        } catch (IOException e) {
            long needed = evidence.values().stream().mapToLong(ExchangeService::sizeOf).sum() + (1L << 20);
            throw writeFailure(e, needed, freeSpace.applyAsLong(file.toAbsolutePath().getParent()), file);
        }
        repository.saveHistories(histories);
        return header;
    }

    public long planOf(long visitId) {
        return repository.planOf(visitId);
    }

    public String suggestedName(long visitId) {
        return repository.suggestedName(visitId);
    }

    /**
     * Reads and checks a package and works out what importing it would do. Writes nothing to the database; attached
     * files here that are missing or altered and that the package carries are put back ({@link ImportPlan#repaired}).
     */
    public ImportPlan analyse(Path file) {
        removeOldStaging();
        // the evidence files are staged in the data folder: about the package's size (zip barely shrinks them)
        requireSpace(sizeOf(file) + DATABASE_MARGIN);
        Path staging = dataDir.resolve(STAGING).resolve(UUID.randomUUID().toString());
        PackageReader.ReadPackage read;
        try {
            read = new PackageReader(limits).read(file, staging);
        } catch (PackageException e) {
            if (e.getCause() != null && DiskSpace.isFull(e.getCause())) {
                throw diskFull(e.getCause(), sizeOf(file) + DATABASE_MARGIN, dataDir);
            }
            throw e;
        }
        try {
            return plan(read, file.getFileName().toString(), repairAttachments(read.evidence()));
        } catch (RuntimeException e) {
            PackageReader.deleteQuietly(staging);
            throw e;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Refuses before anything is written when the data folder's disk has less than {@code needed} bytes free. */
    private void requireSpace(long needed) {
        long free = freeSpace.applyAsLong(dataDir);
        if (free >= 0 && free < needed) {
            throw new PackageException(Kind.DISK_FULL, "need " + needed + ", free " + free, DiskSpace.format(needed),
                    DiskSpace.format(free), dataDir);
        }
    }

    private PackageException diskFull(Throwable cause, long needed, Path where) {
        return new PackageException(Kind.DISK_FULL, "disk full at " + where + ": " + cause.getMessage(), cause,
                DiskSpace.format(needed), DiskSpace.format(freeSpace.applyAsLong(where)), where);
    }

    /** A failed write: "the disk is full" (how much is needed, how much is free) or "cannot be written". */
    static PackageException writeFailure(IOException e, long needed, long free, Path where) {
        if (DiskSpace.isFull(e)) {
            return new PackageException(Kind.DISK_FULL, "disk full at " + where + ": " + e.getMessage(), e,
                    DiskSpace.format(needed), DiskSpace.format(free), where);
        }
        return new PackageException(Kind.NOT_WRITABLE, where + ": " + e.getMessage(), e, where);
    }

    /** Staging folders left by an import that never finished (ParCheck closed or crashed) after a day. */
    private void removeOldStaging() {
        Path root = dataDir.resolve(STAGING);
        if (!Files.isDirectory(root)) {
            return;
        }
        java.time.Instant dayAgo = clock.instant().minus(java.time.Duration.ofDays(1));
        try (var folders = Files.list(root)) {
            folders.filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(PackageReader::deleteQuietly);
        } catch (IOException ignored) {
            // leftovers are harmless
        }
    }

    /** Forgets a plan that will not be applied (removes its staged files). */
    public void discard(ImportPlan plan) {
        PackageReader.deleteQuietly(plan.stagingDir());
    }

    /**
     * Puts back attached files here that are missing or not what their hash says, from the package's copy with
     * that hash (checked while the package was read, and again while copied). Returns the repaired paths. A file
     * that cannot be repaired (no space, no permission) is logged and left for the checks to report.
     */
    private List<String> repairAttachments(Map<String, Path> evidence) {
        List<String> repaired = new ArrayList<>();
        Path attachments = dataDir.resolve("attachments").normalize();
        for (Map.Entry<String, String> e : repository.attachmentsWithHashes(evidence.keySet()).entrySet()) {
            Path target = dataDir.resolve(e.getKey()).normalize();
            if (!target.startsWith(attachments) || HashedFiles.matches(target, e.getValue())) {
                continue;
            }
            try {
                HashedFiles.copyVerified(evidence.get(e.getValue()), target, e.getValue());
                repaired.add(e.getKey());
                LOG.warning(() -> "Evidence file " + target + " was missing or altered; put back from the package");
            } catch (IOException ex) {
                LOG.log(Level.WARNING, "Could not repair evidence file " + target, ex);
            }
        }
        return repaired;
    }

    private ImportPlan plan(PackageReader.ReadPackage read, String fileName, List<String> repaired) {
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
            if (isFinalised(mine) && !result.changes().isEmpty()) {
                // a finalised visit is read-only here: nothing changes it without the user's explicit choice
                List<Merge.Change> all = new ArrayList<>(result.conflicts());
                all.addAll(result.changes());
                result = new Merge.Result(List.of(), all, result.keptLocal(), result.history());
            }
            List<VisitItem> written = new ArrayList<>();
            result.changes().forEach(c -> written.add(c.incoming()));
            result.conflicts().forEach(c -> written.add(c.incoming()));
            checkEvidence(written, read.evidence(), mine.label());
            merges.add(new ImportPlan.VisitMerge(visit, mine, result, false));
        }
        return new ImportPlan(manifest, fileName, false, newFrameworks, newUnits, unitUuids, newPlans, newVisits,
                merges, read.evidence(), read.stagingDir(), repaired);
    }

    private static boolean isFinalised(VisitData visit) {
        VisitItem details = visit.items().get("visit");
        return details != null && "FINALISED".equals(details.field("status"));
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

    /**
     * Applies a plan with the user's choices (conflict id → mine or theirs; a conflict without a choice keeps
     * mine) in one transaction; evidence files are copied into the data folder first and removed again if the
     * transaction fails. Returns false when there was nothing to do (the package was already imported).
     */
    public boolean apply(ImportPlan plan, Map<String, Choice> choices) {
        try {
            if (plan.alreadyImported()) {
                return false;
            }
            List<Path> created = new ArrayList<>();
            long needed = plan.evidence().values().stream().mapToLong(ExchangeService::sizeOf).sum()
                    + DATABASE_MARGIN;
            requireSpace(needed);
            try {
                List<VisitData> newVisits = new ArrayList<>();
                for (VisitData visit : plan.newVisits()) {
                    Map<String, VisitItem> items = new LinkedHashMap<>();
                    for (Map.Entry<String, VisitItem> e : visit.items().entrySet()) {
                        items.put(e.getKey(), placeEvidence(visit.uuid(), e.getValue(), plan, created));
                    }
                    newVisits.add(new VisitData(visit.visit(), visit.label(), items, visit.history()));
                }
                List<ExchangeRepository.VisitUpdate> updates = new ArrayList<>();
                for (ImportPlan.VisitMerge merge : plan.merges()) {
                    List<Merge.Change> changes = new ArrayList<>();
                    for (Merge.Change c : merge.result().changes()) {
                        changes.add(new Merge.Change(c.key(), c.local(),
                                placeEvidence(merge.visitUuid(), c.incoming(), plan, created)));
                    }
                    for (Merge.Change c : merge.result().conflicts()) {
                        Choice choice = choices.getOrDefault(ImportPlan.conflictId(merge.visitUuid(), c.key()),
                                Choice.MINE);
                        if (choice == Choice.THEIRS) {
                            changes.add(new Merge.Change(c.key(), c.local(),
                                    placeEvidence(merge.visitUuid(), c.incoming(), plan, created)));
                        }
                    }
                    updates.add(new ExchangeRepository.VisitUpdate(merge.visitUuid(), changes,
                            merge.result().history(), merge.isPlan()));
                }
                String reason = "Nhập gói .parcheck " + plan.fileName() + " (" + plan.manifest().packageId()
                        + ", " + plan.manifest().createdBy() + ", " + plan.manifest().createdAt() + ")";
                String summary = plan.newPlans().size() + " plans, " + plan.newVisits().size() + " visits, "
                        + updates.stream().mapToInt(u -> u.changes().size()).sum() + " changes";
                repository.apply(new ExchangeRepository.Application(plan.manifest(), plan.fileName(), actor.get(),
                        reason, plan.newFrameworks(), plan.newUnits(), plan.unitUuids(), plan.newPlans(), newVisits,
                        updates, summary));
                return true;
            } catch (IOException e) {
                deleteAll(created);
                throw writeFailure(e, needed, freeSpace.applyAsLong(dataDir), dataDir);
            } catch (PackageException e) {
                deleteAll(created);
                throw e;
            } catch (RuntimeException e) {
                deleteAll(created);
                if (DiskSpace.isFull(e)) {
                    throw diskFull(e, needed, dataDir); // the database could not grow: rolled back
                }
                throw e;
            }
        } finally {
            discard(plan);
        }
    }

    /**
     * Copies an evidence item's file into {@code attachments/<visit uuid>/} and points the item at it. The copy is
     * hashed while written, forced to disk and moved into place only when its hash is the item's; a file already
     * there is kept only when it has that hash (a copy cut short by a killed import is replaced).
     */
    private VisitItem placeEvidence(String visitUuid, VisitItem item, ImportPlan plan, List<Path> created)
            throws IOException {
        String sha = item == null ? null : item.field("attachment_sha256");
        if (sha == null) {
            return item;
        }
        sha = sha.toLowerCase(java.util.Locale.ROOT);
        String name = EvidenceFiles.storedName(sha, item.field("attachment_name"));
        String relative = "attachments/" + visitUuid + "/" + name;
        Path target = dataDir.resolve(relative).normalize();
        if (!target.startsWith(dataDir.resolve("attachments").normalize())) {
            throw new PackageException(Kind.UNSAFE_PATH, relative, relative);
        }
        if (!HashedFiles.matches(target, sha)) {
            boolean existed = Files.exists(target);
            try {
                HashedFiles.copyVerified(plan.evidence().get(sha), target, sha);
            } catch (HashedFiles.HashMismatchException e) {
                throw new PackageException(Kind.CHECKSUM, e.getMessage(), e, PackageManifest.EVIDENCE_PREFIX + sha);
            }
            if (!existed) {
                created.add(target);
            }
        }
        return item.with("attachment_path", relative);
    }

    private static void deleteAll(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a copied evidence file without a database row is harmless
            }
        }
    }
}
