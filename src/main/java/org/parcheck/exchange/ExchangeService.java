package org.parcheck.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.exchange.ImportPlan.Choice;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.SealedStreams;

/**
 * Team exchange: export a visit, several visits or a whole plan to a {@code .parcheck} file; read a package into an
 * {@link ImportPlan} (checked completely, nothing written: {@link ImportAnalysis}); apply it with the user's choices
 * in one transaction. The disk ({@link ExchangeDisk}) and the evidence files ({@link ExchangeEvidence}) have their
 * own classes.
 */
public final class ExchangeService {

    /** The folder (inside the data folder) where evidence files of a package wait until it is applied. */
    public static final String STAGING = "exchange-staging";

    /** The shortest password a package can be protected with (#19): the receiver types it, the laptop may be lost. */
    public static final int MIN_PASSWORD_LENGTH = org.parcheck.protection.FolderKeys.MIN_PASSWORD_LENGTH;

    private final ExchangeRepository repository;
    private final Path dataDir;
    private final String appVersion;
    private final Supplier<String> actor;
    private final Clock clock;
    /** Room kept free beyond the files themselves, for the database's growth during one import. */
    static final long DATABASE_MARGIN = 4L << 20;

    private final PackageLimits limits;
    private final ExchangeDisk disk;
    private final ExchangeEvidence evidenceFiles;
    private final ImportAnalysis analysis;
    /** The data folder's key when it is protected (#19), else null; the session's, never closed here. */
    private final DataKey key;

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
        this(repository, dataDir, appVersion, actor, clock, limits, freeSpace, null);
    }

    /**
     * With the data folder's {@code key} when it is protected (#19; null otherwise): evidence files are read
     * decrypted for a package, and a package's evidence files are staged encrypted under it, never in plain text.
     */
    public ExchangeService(ExchangeRepository repository, Path dataDir, String appVersion, Supplier<String> actor,
                           Clock clock, PackageLimits limits, ToLongFunction<Path> freeSpace, DataKey key) {
        this.key = key;
        this.disk = new ExchangeDisk(dataDir, clock, freeSpace);
        this.evidenceFiles = new ExchangeEvidence(repository, dataDir, key);
        this.analysis = new ImportAnalysis(repository);
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
        return export(planId, visitIds, file, null);
    }

    /**
     * As {@link #export(long, Collection, Path)}; with a {@code password} the package is protected (#19): the whole
     * file is encrypted under it as it is written ({@code docs/format/parcheck-v1.md}), and the receiver needs that
     * password to open it. Null writes an unprotected package. The password is not kept.
     */
    public PackageManifest export(long planId, Collection<Long> visitIds, Path file, char[] password) {
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
            PackageWriter.write(file, header, data, evidence, password, this::openEvidence);
        } catch (IOException e) {
            long needed = evidence.values().stream().mapToLong(ExchangeDisk::sizeOf).sum() + (1L << 20);
            throw ExchangeDisk.writeFailure(e, needed, disk.free(file.toAbsolutePath().getParent()), file);
        }
        repository.saveHistories(histories);
        return header;
    }

    /** Whether the data folder is protected: a package exported from it is then protected by default. */
    public boolean folderProtected() {
        return key != null;
    }

    /** An evidence file of the data folder, decrypted when the folder is protected. */
    private InputStream openEvidence(Path file) throws IOException {
        return HashedFiles.openReading(file, key == null ? null : key.fileKey());
    }

    /** A staged evidence file of a package being read: sealed under the folder's key when it is protected. */
    private OutputStream createStaged(Path staged) throws IOException {
        OutputStream out = Files.newOutputStream(staged);
        if (key == null) {
            return out;
        }
        try {
            return SealedStreams.encrypting(out, key.fileKey());
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
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
        return analyse(file, null);
    }

    /** Whether {@code file} is a protected package: it is opened with {@link #analyse(Path, char[])}. */
    public static boolean isProtected(Path file) {
        return PackageReader.isProtected(file);
    }

    /**
     * As {@link #analyse(Path)}, for a protected package with its {@code password} (ignored for an unprotected
     * one). No password: {@link PackageException.Kind#PASSWORD_NEEDED}; the wrong one:
     * {@link PackageException.Kind#WRONG_PASSWORD}; damaged: {@link PackageException.Kind#DAMAGED}. Nothing is
     * written then, the staging folder included.
     */
    public ImportPlan analyse(Path file, char[] password) {
        disk.removeOldStaging();
        // the evidence files are staged in the data folder: about the package's size (zip barely shrinks them)
        disk.requireSpace(ExchangeDisk.sizeOf(file) + DATABASE_MARGIN);
        Path staging = dataDir.resolve(STAGING).resolve(UUID.randomUUID().toString());
        PackageReader.ReadPackage read;
        try {
            read = new PackageReader(limits, this::createStaged).read(file, staging, password);
        } catch (PackageException e) {
            if (e.getCause() != null && DiskSpace.isFull(e.getCause())) {
                throw disk.diskFull(e.getCause(), ExchangeDisk.sizeOf(file) + DATABASE_MARGIN, dataDir);
            }
            throw e;
        }
        try {
            List<String> repaired = evidenceFiles.repairAttachments(read.evidence());
            // a visit finalised on another laptop comes whole over changes made here without seeing it (D29)
            return FinalisedElsewhere.takeWhole(analysis.plan(read, file.getFileName().toString(), repaired));
        } catch (RuntimeException e) {
            PackageReader.deleteQuietly(staging);
            throw e;
        }
    }

    /** Forgets a plan that will not be applied (removes its staged files). */
    public void discard(ImportPlan plan) {
        PackageReader.deleteQuietly(plan.stagingDir());
    }

    /**
     * Applies a plan with the user's choices (conflict id → mine or theirs; a conflict without a choice keeps
     * mine) in one transaction; evidence files are copied into the data folder first and removed again if the
     * transaction fails. Returns false when there was nothing to do (the package was already imported).
     */
    public boolean apply(ImportPlan plan, Map<String, Choice> choices) {
        return apply(plan, choices, "Nhập gói .parcheck " + plan.fileName() + " (" + plan.manifest().packageId()
                + ", " + plan.manifest().createdBy() + ", " + plan.manifest().createdAt() + ")");
    }

    /**
     * As {@link #apply(ImportPlan, Map)}, with the {@code reason} the change log gives for every change (sync, #17,
     * says it came from the province server instead of a package file).
     */
    public boolean apply(ImportPlan plan, Map<String, Choice> choices, String reason) {
        try {
            if (plan.alreadyImported()) {
                return false;
            }
            List<Path> created = new ArrayList<>();
            long needed = plan.evidence().values().stream().mapToLong(ExchangeDisk::sizeOf).sum()
                    + DATABASE_MARGIN;
            disk.requireSpace(needed);
            try {
                List<VisitData> newVisits = new ArrayList<>();
                for (VisitData visit : plan.newVisits()) {
                    Map<String, VisitItem> items = new LinkedHashMap<>();
                    for (Map.Entry<String, VisitItem> e : visit.items().entrySet()) {
                        items.put(e.getKey(), evidenceFiles.placeEvidence(visit.uuid(), e.getValue(), plan, created));
                    }
                    newVisits.add(new VisitData(visit.visit(), visit.label(), items, visit.history()));
                }
                List<ExchangeRepository.VisitUpdate> updates = new ArrayList<>();
                for (ImportPlan.VisitMerge merge : plan.merges()) {
                    List<Merge.Change> changes = new ArrayList<>();
                    for (Merge.Change c : merge.result().changes()) {
                        changes.add(new Merge.Change(c.key(), c.local(),
                                evidenceFiles.placeEvidence(merge.visitUuid(), c.incoming(), plan, created)));
                    }
                    for (Merge.Change c : merge.result().conflicts()) {
                        Choice choice = choices.getOrDefault(ImportPlan.conflictId(merge.visitUuid(), c.key()),
                                Choice.MINE);
                        if (choice == Choice.THEIRS) {
                            changes.add(new Merge.Change(c.key(), c.local(),
                                    evidenceFiles.placeEvidence(merge.visitUuid(), c.incoming(), plan, created)));
                        }
                    }
                    updates.add(new ExchangeRepository.VisitUpdate(merge.visitUuid(), changes,
                            merge.result().history(), merge.isPlan()));
                }
                String summary = plan.newPlans().size() + " plans, " + plan.newVisits().size() + " visits, "
                        + updates.stream().mapToInt(u -> u.changes().size()).sum() + " changes";
                repository.apply(new ExchangeRepository.Application(plan.manifest(), plan.fileName(), actor.get(),
                        reason, plan.newFrameworks(), plan.newUnits(), plan.unitUuids(), plan.newPlans(), newVisits,
                        updates, summary));
                return true;
            } catch (IOException e) {
                ExchangeDisk.deleteAll(created);
                throw ExchangeDisk.writeFailure(e, needed, disk.free(dataDir), dataDir);
            } catch (PackageException e) {
                ExchangeDisk.deleteAll(created);
                throw e;
            } catch (RuntimeException e) {
                ExchangeDisk.deleteAll(created);
                if (DiskSpace.isFull(e)) {
                    throw disk.diskFull(e, needed, dataDir); // the database could not grow: rolled back
                }
                throw e;
            }
        } finally {
            discard(plan);
        }
    }
}
