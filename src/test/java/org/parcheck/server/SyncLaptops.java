package org.parcheck.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parcheck.answering.Answer;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.exchange.PackageData.Contents;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.VisitItem;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqSyncRepository;
import org.parcheck.persistence.ServerSyncRepository;

/** What the sync tests repeat: a laptop's sync service, a sync, a database's whole content, an answer changed. */
final class SyncLaptops {

    private SyncLaptops() {
    }

    static SyncService service(AppServices laptop, Database server) {
        return new SyncService(laptop.database(), laptop.dataDir(), null, laptop.exchangeService(), server,
                "inspector_" + laptop.dataDir().getFileName());
    }

    /** Prepare and complete with no conflict expected (a conflict keeps this laptop's value). */
    static SyncResult sync(AppServices laptop, Database server) {
        return sync(laptop, server, Map.of());
    }

    static SyncResult sync(AppServices laptop, Database server, Map<String, ImportPlan.Choice> choices) {
        SyncService service = service(laptop, server);
        SyncPlan plan = service.prepare(SyncProgress.NONE);
        return service.complete(plan, choices, SyncProgress.NONE);
    }

    /**
     * Every plan and visit of a database (laptop or server), item by item (key → content hash), by uuid: what must
     * be the same everywhere once all have synced.
     */
    static Map<String, Map<String, String>> content(Database database) {
        JooqSyncRepository repository = new JooqSyncRepository(database);
        Map<String, Set<String>> byPlan = new LinkedHashMap<>();
        for (JooqSyncRepository.Owner o : database.inTransaction(repository::owners)) {
            Set<String> visits = byPlan.computeIfAbsent(o.planUuid(), p -> new LinkedHashSet<>());
            if (!o.isPlan()) {
                visits.add(o.uuid());
            }
        }
        Contents read = database.inTransaction(() -> repository.read(byPlan));
        Map<String, Map<String, String>> content = new TreeMap<>();
        for (PlanData plan : read.plans()) {
            content.put(plan.uuid(), hashes(plan.items()));
        }
        for (VisitData visit : read.visits()) {
            content.put(visit.uuid(), hashes(visit.items()));
        }
        return content;
    }

    private static Map<String, String> hashes(Map<String, VisitItem> items) {
        Map<String, String> hashes = new TreeMap<>();
        items.forEach((key, item) -> hashes.put(key, VisitItem.hashOf(item)));
        return hashes;
    }

    static long maxRevision(Database server) {
        return server.inTransaction(() -> new ServerSyncRepository(server).maxRevision());
    }

    /** The demo visit of huyện Hạ Lang. */
    static long haLang(AppServices services) {
        return services.planService().visits(services.planService().overviews().get(0).plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    /** Sets the note of answer {@code code} of the Hạ Lang visit. */
    static void note(AppServices services, String code, String note) {
        long visit = haLang(services);
        Answer answer = services.answerService().sheet(visit).answers().get(code);
        services.answerService().saveAnswer(visit, answer.withNote(note));
    }

    static String noteOf(AppServices services, String code) {
        return services.answerService().sheet(haLang(services)).answers().get(code).note();
    }

    /** Attaches a file to the Hạ Lang visit. */
    static EvidenceFiles.Stored attach(AppServices services, Path originals, String name, byte[] content)
            throws IOException {
        Path original = Files.createDirectories(originals).resolve(name);
        Files.write(original, content);
        long visit = haLang(services);
        EvidenceFiles.Stored stored = new EvidenceFiles(services.dataDir()).store(visit, original);
        services.answerService().addEvidence(visit, EvidenceCitation.of(null, "12/BC-UBND", null, "UBND huyện",
                name).withAttachment(stored.relativePath(), stored.sha256()));
        return stored;
    }

    /** The files under a data folder's attachments and staging folders, sorted. */
    static List<Path> files(AppServices services) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("attachments", "exchange-staging")) {
            Path dir = services.dataDir().resolve(folder);
            if (Files.isDirectory(dir)) {
                try (var paths = Files.walk(dir)) {
                    paths.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }
}
