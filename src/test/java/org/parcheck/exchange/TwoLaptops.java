package org.parcheck.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.AppServices;
import org.parcheck.testing.BothEngines;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/**
 * The "two laptops" set-up of the exchange tests: laptops A and B, each its own data folder with a real H2 file
 * (demo data seeded on open), in a temporary folder removed afterwards; more laptops on demand; and the steps the
 * tests repeat (export the demo plan, send a package to a laptop, attach a file, list a data folder's files). Most
 * tests work on the demo plan made on A ({@link #planUuid()}) and its visit of {@link #HA_LANG}.
 *
 * <p>In a test run {@link OnBothEngines} (per test only), laptop B is on that run's engine: once on H2, once on a
 * fresh PostgreSQL database, so that the same exchange is read from and written into both; A stays on H2.
 *
 * <p>Register it with {@code @RegisterExtension}: as an instance field the laptops are new for every test, as a
 * static field (or in a class with a per-class lifecycle) they are shared by the class's tests. They are open
 * before the class's own {@code @BeforeEach}/{@code @BeforeAll} methods run.
 */
public final class TwoLaptops implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The unit of the demo visit the exchange tests edit, finalise and send. */
    public static final String HA_LANG = "huyện Hạ Lang";

    private Path dir;
    private Laptop a;
    private Laptop b;
    private final List<Laptop> others = new ArrayList<>();
    /** Whether the laptops were opened for the whole class (closed after all its tests). */
    private boolean perClass;

    /** The engine of laptop B (A is always a laptop's H2 file). */
    private Engine engine = Engine.H2;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        perClass = true;
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            engine = BothEngines.engineOf(context);
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            close();
        }
    }

    private void open() throws Exception {
        dir = Files.createTempDirectory("parcheck-laptops");
        a = new Laptop(dir.resolve("a"));
        b = new Laptop(dir.resolve("b"), engine);
    }

    private void close() throws IOException {
        for (Laptop laptop : others) {
            laptop.close();
        }
        others.clear();
        a.close();
        b.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Laptop A. */
    public Laptop a() {
        return a;
    }

    /** The engine laptop B runs on: H2, or PostgreSQL in a test run {@link OnBothEngines} (its second run). */
    public Engine engine() {
        return engine;
    }

    /** Laptop B. */
    public Laptop b() {
        return b;
    }

    /** The temporary folder the laptops' data folders and the packages are in. */
    public Path dir() {
        return dir;
    }

    /** Another laptop, {@code name} its data folder; closed with the others. */
    public Laptop another(String name) throws Exception {
        return another(name, Engine.H2);
    }

    /** Another laptop on {@code engine}, {@code name} its data folder; closed with the others. */
    public Laptop another(String name, Engine engine) throws Exception {
        Laptop laptop = new Laptop(dir.resolve(name), engine);
        others.add(laptop);
        return laptop;
    }

    /**
     * A laptop that has nothing yet (its services on a fresh, empty database: no demo data, no frameworks, no
     * units), {@code name} its data folder, on laptop B's engine; closed with the others.
     */
    public Laptop withoutDemoData(String name) throws IOException {
        Path dataDir = Files.createDirectories(dir.resolve(name));
        Laptop laptop = new Laptop(engine, new AppServices(dataDir, engine.open(dataDir)));
        others.add(laptop);
        return laptop;
    }

    /** The uuid of A's demo plan: the plan the tests send from laptop to laptop. */
    public UUID planUuid() {
        return a.demoPlan().plan().uuid();
    }

    /** Sends A's demo plan, every visit, to B in package {@code fileName}: B has them as drafts; false if not taken. */
    public boolean sendDemoPlanToB(String fileName) {
        return send(exportDemoPlan(a, fileName), b);
    }

    /** Exports A's demo plan as {@code from} has it, with {@code visitIds} only, to {@code fileName} in the folder. */
    public Path exportVisits(Laptop from, String fileName, Long... visitIds) {
        return export(from, from.plan(planUuid()).plan().id(), List.of(visitIds), fileName);
    }

    /** Exports {@code from}'s demo plan, every visit, to {@code fileName} in the folder. */
    public Path exportDemoPlan(Laptop from, String fileName) {
        return export(from, from.demoPlan().plan().id(), List.of(), fileName);
    }

    /** Exports a plan with the chosen visits (all when none) to {@code fileName} in the folder. */
    public Path export(Laptop from, long planId, List<Long> visitIds, String fileName) {
        Path file = dir.resolve(fileName);
        from.exchange().export(planId, visitIds, file);
        return file;
    }

    /** Imports {@code file} into {@code to} keeping its own side of every conflict; false if it was imported. */
    public static boolean send(Path file, Laptop to) {
        return to.exchange().apply(to.exchange().analyse(file), Map.of());
    }

    /**
     * Attaches a file with {@code content} (named {@code name}) to a visit of {@code laptop}, cited as document
     * {@code number} of {@code issuer}; returns the stored copy.
     */
    public EvidenceFiles.Stored attach(Laptop laptop, long visitId, String name, byte[] content, String number,
                                       String issuer, String title) throws IOException {
        Path original = Files.createDirectories(dir.resolve("originals")).resolve(name);
        Files.write(original, content);
        EvidenceFiles.Stored stored = new EvidenceFiles(laptop.services.dataDir()).store(visitId, original);
        laptop.services.answerService().addEvidence(visitId, EvidenceCitation.of(null, number, null, issuer, title)
                .withAttachment(stored.relativePath(), stored.sha256()));
        return stored;
    }

    /** The files of a laptop's data folder but the database and the logs, sorted: "nothing left behind". */
    public static List<Path> files(Laptop laptop) throws IOException {
        try (Stream<Path> paths = Files.walk(laptop.services.dataDir())) {
            return paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("parcheck"))
                    .filter(p -> !p.toString().contains("logs")).sorted().toList();
        }
    }
}
