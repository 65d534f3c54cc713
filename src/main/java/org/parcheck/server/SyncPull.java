package org.parcheck.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.FinalisedElsewhere;
import org.parcheck.exchange.ImportAnalysis;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.exchange.Merge;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.PackageManifest;
import org.parcheck.exchange.PackageReader;
import org.parcheck.exchange.VisitItem;
import org.parcheck.persistence.JooqExchangeRepository;
import org.parcheck.persistence.JooqSyncRepository;
import org.parcheck.persistence.ServerSyncRepository;
import org.parcheck.protection.SealedStreams;

/**
 * The first half of a sync (#17): what changed on the server since this laptop's last sync, read in one snapshot,
 * merged with this laptop's data by the same analysis as a package ({@link ImportAnalysis}: every value checked,
 * the same conflicts), writing nothing here. Evidence files this laptop lacks are downloaded into a staging folder
 * with their SHA-256 checked; files it has are used where they are.
 */
final class SyncPull {

    private final SyncService.Parts parts;

    SyncPull(SyncService.Parts parts) {
        this.parts = parts;
    }

    SyncPlan prepare(SyncProgress progress) {
        checkCancelled(progress);
        progress.step(SyncProgress.READING, 0, 0);
        ServerSyncRepository serverRepo = new ServerSyncRepository(parts.server());
        String serverId = parts.server().inTransaction(() -> serverRepo.serverId()).orElseThrow(() ->
                new ServerException(ServerException.Kind.NOT_PARCHECK, "The server has no server_id setting", null));
        JooqSyncRepository local = new JooqSyncRepository(parts.laptop());
        long from = SyncMarks.pulledRevision(local, serverId);
        Optional<Set<String>> seen = SyncMarks.seenPlans(local, serverId);
        Snapshot read = parts.server().inTransaction(() -> {
            serverRepo.snapshot();
            List<ServerSyncRepository.Revision> changes = new ArrayList<>(serverRepo.changedSince(from));
            // a plan this login sees for the first time (an inspector put on its team since the last sync) comes
            // whole: its older revisions are below this laptop's mark
            Set<String> visible = serverRepo.visiblePlans();
            Set<String> newlySeen = new LinkedHashSet<>(visible);
            if (from == 0) {
                newlySeen.clear(); // everything comes anyway
            } else if (seen.isPresent()) {
                newlySeen.removeAll(seen.get());
            } else if (serverRepo.writablePlans().isEmpty()) {
                newlySeen.clear(); // synced before the plans seen were kept, by an account that sees every plan
            }
            changes.addAll(serverRepo.revisionsOfPlans(newlySeen));
            Map<String, Set<String>> byPlan = new LinkedHashMap<>();
            long to = from;
            for (ServerSyncRepository.Revision r : changes) {
                Set<String> visits = byPlan.computeIfAbsent(r.planUuid(), p -> new LinkedHashSet<>());
                if (!r.isPlan()) {
                    visits.add(r.ownerUuid());
                }
                to = Math.max(to, r.revision());
            }
            Contents contents = byPlan.isEmpty() ? new Contents(null, null, null, null)
                    : new JooqSyncRepository(parts.server()).read(byPlan);
            return new Snapshot(to, contents, visible);
        });
        checkCancelled(progress);
        progress.step(SyncProgress.MERGING, 0, 0);
        Path staging = parts.dataDir().resolve(ExchangeService.STAGING).resolve(UUID.randomUUID().toString());
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, PackageManifest.FORMAT_VERSION, null,
                UUID.randomUUID().toString(), LocalDateTime.now(ZoneOffset.UTC).toString(), parts.serverUser(),
                "server " + serverId + " revisions " + from + "–" + read.to(), List.of());
        try {
            Map<String, Path> evidence = localEvidence(read.contents(), staging);
            ImportPlan pull = FinalisedElsewhere.takeWhole(new ImportAnalysis(
                    new JooqExchangeRepository(parts.laptop())).plan(new PackageReader.ReadPackage(manifest,
                    read.contents(), evidence, staging), SyncService.SOURCE, List.of()));
            int files = download(pull, staging, serverRepo, progress);
            return new SyncPlan(serverId, from, read.to(), pull, count(pull, true), count(pull, false), files,
                    read.plansSeen(), pull.replacedByFinalised());
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private record Snapshot(long to, Contents contents, Set<String> plansSeen) {
    }

    /**
     * Every evidence file the server's visits refer to: this laptop's own copy when it has one with that hash, else
     * the place in the staging folder where it is downloaded if the merge writes it.
     */
    private Map<String, Path> localEvidence(Contents contents, Path staging) {
        Set<String> shas = new LinkedHashSet<>();
        for (VisitData visit : contents.visits()) {
            for (VisitItem item : visit.items().values()) {
                String sha = item == null ? null : item.field("attachment_sha256");
                if (sha != null) {
                    shas.add(sha.toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Path> evidence = new LinkedHashMap<>();
        if (shas.isEmpty()) {
            return evidence;
        }
        new JooqExchangeRepository(parts.laptop()).attachmentsWithHashes(shas).forEach((path, sha) -> {
            Path file = parts.dataDir().resolve(path).normalize();
            if (!evidence.containsKey(sha) && file.startsWith(parts.dataDir().resolve("attachments").normalize())
                    && HashedFiles.matches(file, sha, parts.fileKey())) {
                evidence.put(sha, file);
            }
        });
        shas.forEach(sha -> evidence.putIfAbsent(sha, staging.resolve(sha)));
        return evidence;
    }

    /** Downloads the files the merge writes and this laptop lacks, each checked against its SHA-256. */
    private int download(ImportPlan pull, Path staging, ServerSyncRepository serverRepo, SyncProgress progress) {
        List<String> needed = new ArrayList<>();
        List<VisitItem> written = new ArrayList<>();
        pull.newVisits().forEach(v -> written.addAll(v.items().values()));
        for (ImportPlan.VisitMerge merge : pull.merges()) {
            merge.result().changes().forEach(c -> written.add(c.incoming()));
            merge.result().conflicts().forEach(c -> written.add(c.incoming()));
        }
        for (VisitItem item : written) {
            String sha = item == null ? null : item.field("attachment_sha256");
            if (sha != null) {
                sha = sha.toLowerCase(Locale.ROOT);
                if (pull.evidence().get(sha).startsWith(staging) && !needed.contains(sha)) {
                    needed.add(sha);
                }
            }
        }
        if (needed.isEmpty()) {
            return 0;
        }
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new ServerException(ServerException.Kind.OTHER, "Cannot create " + staging + ": " + e, e);
        }
        int done = 0;
        for (String sha : needed) {
            checkCancelled(progress);
            progress.step(SyncProgress.DOWNLOADING, done, needed.size());
            byte[] content = parts.server().inTransaction(() -> serverRepo.download(sha)).orElseThrow(() ->
                    new ServerException(ServerException.Kind.BAD_DATA, "The server lacks evidence file " + sha, null));
            if (!sha.equals(sha256(content))) {
                throw new ServerException(ServerException.Kind.BAD_DATA,
                        "Evidence file " + sha + " on the server does not have that SHA-256", null);
            }
            Path target = pull.evidence().get(sha);
            try (OutputStream out = parts.fileKey() == null ? Files.newOutputStream(target)
                    : SealedStreams.encrypting(Files.newOutputStream(target), parts.fileKey())) {
                out.write(content);
            } catch (IOException e) {
                throw new ServerException(ServerException.Kind.OTHER, "Cannot stage " + target + ": " + e, e);
            }
            done++;
        }
        progress.step(SyncProgress.DOWNLOADING, done, needed.size());
        return done;
    }

    /** Plans (or visits) the pull adds or changes here, conflicts included. */
    static int count(ImportPlan pull, boolean plans) {
        int count = plans ? pull.newPlans().size() : pull.newVisits().size();
        for (ImportPlan.VisitMerge merge : pull.merges()) {
            if (merge.isPlan() == plans
                    && (!merge.result().changes().isEmpty() || !merge.result().conflicts().isEmpty())) {
                count++;
            }
        }
        return count;
    }

    /** Whether, once applied with {@code choices}, the merged plan or visit is the same here as on the server. */
    static boolean sameAsServer(ImportPlan.VisitMerge merge, Map<String, ImportPlan.Choice> choices) {
        if (merge.result().keptLocal() > 0) {
            return false;
        }
        for (Merge.Change c : merge.result().conflicts()) {
            if (choices.getOrDefault(ImportPlan.conflictId(merge.visitUuid(), c.key()), ImportPlan.Choice.MINE)
                    != ImportPlan.Choice.THEIRS) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        MessageDigest digest = HashedFiles.digest();
        return HexFormat.of().formatHex(digest.digest(content));
    }

    static void checkCancelled(SyncProgress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("Sync cancelled");
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover staging folder is removed with the old ones on the next import or sync
        }
    }
}
