package org.parcheck.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.exchange.ExchangeRepository;
import org.parcheck.exchange.FinalisedElsewhere;
import org.parcheck.exchange.ImportAnalysis;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.exchange.Merge;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.PackageManifest;
import org.parcheck.exchange.PackageReader;
import org.parcheck.exchange.VisitItem;
import org.parcheck.persistence.JooqExchangeRepository;
import org.parcheck.persistence.JooqSyncRepository;
import org.parcheck.persistence.ServerSyncRepository;

/**
 * The second half of a sync (#17): this laptop's plans and visits changed since they were last sent, merged into the
 * server in one server transaction with the server as the local side, by the same analysis as a package. After the
 * pull the laptop's histories hold the server's hashes, so the merge takes this laptop's values; a conflict means
 * another laptop sent in between ({@link Conflicted}: the transaction is rolled back). Evidence files go first,
 * content-addressed. Only after the server's commit does the laptop remember what it sent: a sync cut off in between
 * sends it again, and the server merges it to nothing.
 */
final class SyncPush {

    private static final Logger LOG = Logger.getLogger(SyncPush.class.getName());

    /** What the server took; {@code waiting}: changed here, not sent (this account may not write their plan). */
    record Sent(int plans, int visits, int filesUp, List<SyncResult.Waiting> waiting) {
    }

    /** The server's data changed since the pull: the send was rolled back; pull again, then send. */
    static final class Conflicted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflicted(int conflicts) {
            super(conflicts + " conflicts on the server");
        }
    }

    private record Outcome(long before, long given, int plans, int visits, boolean clean) {
    }

    private final SyncService.Parts parts;

    SyncPush(SyncService.Parts parts) {
        this.parts = parts;
    }

    Sent push(String serverId, SyncProgress progress) {
        JooqSyncRepository local = new JooqSyncRepository(parts.laptop());
        Map<String, String> sent = SyncMarks.sent(local, serverId);
        long pulled = SyncMarks.pulledRevision(local, serverId);
        ServerSyncRepository serverRepo = new ServerSyncRepository(parts.server());
        // an inspector sends only the plans whose team they are on; the others wait (and are logged)
        Optional<Set<String>> writable = parts.server().inTransaction(serverRepo::writablePlans);
        List<JooqSyncRepository.Owner> edited = local.owners().stream()
                .filter(o -> !o.signature().equals(sent.get(o.uuid()))).toList();
        List<JooqSyncRepository.Owner> dirty = edited.stream()
                .filter(o -> writable.isEmpty() || writable.get().contains(o.planUuid())).toList();
        if (dirty.size() < edited.size()) {
            LOG.info(() -> (edited.size() - dirty.size()) + " changed plans or visits not sent: "
                    + parts.serverUser() + " is not on their plan's team");
        }
        List<SyncResult.Waiting> waiting = waiting(local, edited, dirty);
        if (dirty.isEmpty()) {
            return new Sent(0, 0, 0, waiting);
        }
        Map<String, Set<String>> byPlan = new LinkedHashMap<>();
        for (JooqSyncRepository.Owner o : dirty) {
            Set<String> visits = byPlan.computeIfAbsent(o.planUuid(), p -> new LinkedHashSet<>());
            if (!o.isPlan()) {
                visits.add(o.uuid());
            }
        }
        Contents read = local.read(byPlan);
        Map<String, Map<String, List<String>>> histories = new LinkedHashMap<>();
        List<VisitData> visits = new ArrayList<>();
        Set<String> shas = new TreeSet<>();
        for (VisitData visit : read.visits()) {
            Map<String, List<String>> history = Merge.afterExport(visit.history(), visit.items());
            histories.put(visit.uuid(), history);
            Map<String, VisitItem> items = new LinkedHashMap<>();
            visit.items().forEach((key, item) -> {
                String sha = item.field("attachment_sha256");
                if (sha != null) {
                    shas.add(sha.toLowerCase(Locale.ROOT));
                }
                items.put(key, item.field("attachment_path") == null ? item : item.with("attachment_path", null));
            });
            visits.add(new VisitData(visit.visit(), visit.label(), items, history));
        }
        List<PlanData> plans = new ArrayList<>();
        for (PlanData plan : read.plans()) {
            Map<String, List<String>> history = Merge.afterExport(plan.history(), plan.items());
            histories.put(plan.uuid(), history);
            plans.add(plan.withHistory(history));
        }
        Contents out = new Contents(read.frameworks(), read.units(), plans, visits);
        int filesUp = upload(shas, progress);
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, PackageManifest.FORMAT_VERSION, null,
                UUID.randomUUID().toString(), LocalDateTime.now(ZoneOffset.UTC).toString(), parts.serverUser(),
                "sync from " + parts.serverUser(), List.of());
        Map<String, Path> evidence = new LinkedHashMap<>();
        shas.forEach(sha -> evidence.put(sha, Path.of("server_file", sha)));
        Outcome outcome = parts.server().inTransaction(() -> {
            serverRepo.lockForPush();
            long before = serverRepo.maxRevision();
            progress.step(SyncProgress.SENDING, 0, 1);
            JooqExchangeRepository serverExchange = new JooqExchangeRepository(parts.server());
            ImportPlan merged = FinalisedElsewhere.reopenedOnLaptop(new ImportAnalysis(serverExchange).plan(
                    new PackageReader.ReadPackage(manifest, out, evidence, null), SyncService.SOURCE, List.of()));
            if (!merged.conflicts().isEmpty()) {
                throw new Conflicted(merged.conflicts().size());
            }
            serverExchange.apply(application(merged));
            List<ServerSyncRepository.Revision> changed = changed(merged);
            long given = serverRepo.bump(changed, parts.serverUser());
            boolean clean = merged.merges().stream().allMatch(m -> m.result().keptLocal() == 0);
            return new Outcome(before, given, SyncPull.count(merged, true), SyncPull.count(merged, false), clean);
        });
        progress.step(SyncProgress.SENDING, 1, 1);
        parts.laptop().inTransaction(() -> {
            Map<String, String> marks = new LinkedHashMap<>();
            dirty.forEach(o -> marks.put(SyncMarks.sentKey(serverId, o.uuid()), o.signature()));
            if (outcome.before() == pulled && outcome.clean()) {
                // nobody sent between this laptop's pull and its send: what it sent is all that is new
                marks.put(SyncMarks.revisionKey(serverId), Long.toString(Math.max(outcome.given(), pulled)));
            }
            local.putSettings(marks);
            new JooqExchangeRepository(parts.laptop()).saveHistories(histories);
            return null;
        });
        return new Sent(outcome.plans(), outcome.visits(), filesUp, waiting);
    }

    /** The edited owners not sent, named (plans first), for the summary to say which wait. */
    private static List<SyncResult.Waiting> waiting(JooqSyncRepository local, List<JooqSyncRepository.Owner> edited,
                                                    List<JooqSyncRepository.Owner> dirty) {
        if (dirty.size() == edited.size()) {
            return List.of();
        }
        Set<String> sending = new HashSet<>();
        dirty.forEach(o -> sending.add(o.uuid()));
        List<JooqSyncRepository.Owner> left = edited.stream().filter(o -> !sending.contains(o.uuid()))
                .sorted(Comparator.comparing(o -> !o.isPlan())).toList();
        Map<String, String> names = local.names(left);
        return left.stream().map(o -> new SyncResult.Waiting(o.isPlan(), names.getOrDefault(o.uuid(), "")))
                .toList();
    }

    /** Uploads the evidence files the server lacks, each checked against its SHA-256 as read here. */
    private int upload(Set<String> shas, SyncProgress progress) {
        if (shas.isEmpty()) {
            return 0;
        }
        ServerSyncRepository serverRepo = new ServerSyncRepository(parts.server());
        Set<String> missing = new TreeSet<>(shas);
        missing.removeAll(parts.server().inTransaction(() -> serverRepo.filesPresent(shas)));
        if (missing.isEmpty()) {
            return 0;
        }
        Map<String, Path> files = new LinkedHashMap<>();
        new JooqExchangeRepository(parts.laptop()).attachmentsWithHashes(missing).forEach((path, sha) -> {
            Path file = parts.dataDir().resolve(path).normalize();
            if (!files.containsKey(sha) && file.startsWith(parts.dataDir().resolve("attachments").normalize())
                    && HashedFiles.matches(file, sha, parts.fileKey())) {
                files.put(sha, file);
            }
        });
        int done = 0;
        for (String sha : missing) {
            progress.step(SyncProgress.UPLOADING, done, missing.size());
            Path file = files.get(sha);
            if (file == null) {
                throw new ServerException(ServerException.Kind.BAD_DATA, "Evidence file " + sha
                        + " is missing or damaged on this laptop", null);
            }
            byte[] content;
            try (InputStream in = HashedFiles.openReading(file, parts.fileKey())) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new ServerException(ServerException.Kind.OTHER, "Cannot read " + file + ": " + e, e);
            }
            if (!sha.equals(SyncPull.sha256(content))) {
                throw new ServerException(ServerException.Kind.BAD_DATA, "Evidence file " + file
                        + " changed while it was read", null);
            }
            parts.server().inTransaction(() -> serverRepo.upload(sha, content, parts.serverUser()));
            done++;
        }
        progress.step(SyncProgress.UPLOADING, done, missing.size());
        return done;
    }

    /** What the server writes: the merged changes, evidence items pointing at the server's files by hash. */
    private ExchangeRepository.Application application(ImportPlan merged) {
        List<VisitData> newVisits = new ArrayList<>();
        for (VisitData visit : merged.newVisits()) {
            Map<String, VisitItem> items = new LinkedHashMap<>();
            visit.items().forEach((key, item) -> items.put(key, onServer(visit.uuid(), item)));
            newVisits.add(new VisitData(visit.visit(), visit.label(), items, visit.history()));
        }
        List<ExchangeRepository.VisitUpdate> updates = new ArrayList<>();
        for (ImportPlan.VisitMerge merge : merged.merges()) {
            List<Merge.Change> changes = new ArrayList<>();
            merge.result().changes().forEach(c -> changes.add(new Merge.Change(c.key(), c.local(),
                    onServer(merge.visitUuid(), c.incoming()))));
            updates.add(new ExchangeRepository.VisitUpdate(merge.visitUuid(), changes, merge.result().history(),
                    merge.isPlan()));
        }
        String summary = merged.newPlans().size() + " plans, " + newVisits.size() + " visits, "
                + updates.stream().mapToInt(u -> u.changes().size()).sum() + " changes";
        return new ExchangeRepository.Application(merged.manifest(), merged.fileName(), parts.serverUser(),
                "Đồng bộ: nhận từ " + parts.serverUser(), merged.newFrameworks(), merged.newUnits(),
                merged.unitUuids(), merged.newPlans(), newVisits, updates, summary);
    }

    /**
     * An evidence item as the server keeps it: the same place a laptop would give it, so that its file name reads
     * back the same; the content is {@code server_file}'s row with that SHA-256.
     */
    private static VisitItem onServer(String visitUuid, VisitItem item) {
        String sha = item == null ? null : item.field("attachment_sha256");
        if (sha == null) {
            return item;
        }
        return item.with("attachment_path", "attachments/" + visitUuid + "/"
                + org.parcheck.answering.EvidenceFiles.storedName(sha, item.field("attachment_name")));
    }

    /** The plans and visits whose content the server's merge changed: each gets a new revision. */
    private static List<ServerSyncRepository.Revision> changed(ImportPlan merged) {
        List<ServerSyncRepository.Revision> changed = new ArrayList<>();
        merged.newPlans().forEach(p -> changed.add(new ServerSyncRepository.Revision(p.uuid(), p.uuid(), true, 0)));
        merged.newVisits().forEach(v -> changed.add(new ServerSyncRepository.Revision(v.uuid(),
                v.visit().get("plan_uuid"), false, 0)));
        for (ImportPlan.VisitMerge m : merged.merges()) {
            if (!m.result().changes().isEmpty()) {
                String plan = m.isPlan() ? m.visitUuid() : m.incoming().visit().get("plan_uuid");
                changed.add(new ServerSyncRepository.Revision(m.visitUuid(), plan, m.isPlan(), 0));
            }
        }
        return changed;
    }
}
