package org.parcheck.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.time.Clock;
import org.parcheck.common.util.PartFiles;
import org.parcheck.answering.AnswerRepository;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.app.backup.BackupService;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.app.demo.DemoDataSeeder;
import org.parcheck.app.demo.DemoDrop;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.criteria.FrameworkRepository;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.PackageLimits;
import org.parcheck.persistence.AppMetadata;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.persistence.JooqFinalisedVisitLog;
import org.parcheck.persistence.JooqExchangeRepository;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.StartupCleanup;
import org.parcheck.persistence.JooqFrameworkRepository;
import org.parcheck.persistence.JooqInspectorRepository;
import org.parcheck.persistence.JooqPlanRepository;
import org.parcheck.persistence.JooqUnitRepository;
import org.parcheck.persistence.server.ServerVisitScores;
import org.parcheck.plan.InspectorService;
import org.parcheck.plan.PlanEditService;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.PlanService;
import org.parcheck.plan.UnitRepository;
import org.parcheck.plan.UnitService;
import org.parcheck.protection.DataKey;
import org.parcheck.report.PlanSummaries;
import org.parcheck.report.PlanSummaryBuilder;
import org.parcheck.report.ReportFileNames;
import org.parcheck.report.VisitReportBuilder;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.report.VisitReports;
import org.parcheck.report.KeptScores;
import org.parcheck.report.YearSeriesBuilder;

/**
 * The composition root for everything that needs the database: repositories and services, built once the
 * database is open. Hand-written, constructor injection only (docs/architecture/house-rules.md, rule 4).
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());

    private final Path dataDir;
    private final Database database;
    /** The folder's key when it is protected (#19), null otherwise; the caller's, not closed here. */
    private final DataKey dataKey;
    private final AppMetadata metadata;
    private final UnitRepository units;
    private final PlanRepository plans;
    private final FrameworkRepository frameworks;
    private final PlanService planService;
    private final FrameworkService frameworkService;
    private final AnswerRepository answers;
    private final AnswerService answerService;
    private final UnitService unitService;
    private final PlanEditService planEditService;
    private final BackupService backups;
    private final ExchangeService exchangeService;
    private final InspectorService inspectors;
    /** One per data folder: the visit screen's checks of attached files share its hashes (read once). */
    private final EvidenceFiles evidenceFiles;
    /** #17 office mode: the province server's database, opened directly; no backups of a laptop folder. */
    private boolean onServer;

    public AppServices(Path dataDir, Database database) {
        this(dataDir, database, null);
    }

    /** The services of a protected folder (#19) opened with {@code dataKey} (null: unprotected). */
    public AppServices(Path dataDir, Database database, DataKey dataKey) {
        this.dataDir = dataDir;
        this.database = database;
        this.dataKey = dataKey;
        this.metadata = new AppMetadata(database);
        this.units = new JooqUnitRepository(database);
        this.plans = new JooqPlanRepository(database);
        this.frameworks = new JooqFrameworkRepository(database);
        this.planService = new PlanService(plans, units);
        this.frameworkService = new FrameworkService(frameworks);
        this.answers = new JooqAnswerRepository(database);
        this.inspectors = new InspectorService(new JooqInspectorRepository(database), database::inTransaction,
                osAccount());
        // #15 frozen report: plan, team and unit edits are logged in finalised visits' change logs
        JooqFinalisedVisitLog finalisedLog = new JooqFinalisedVisitLog(database);
        this.unitService = new UnitService(units, database::inTransaction, finalisedLog, inspectors::actor);
        this.planEditService = new PlanEditService(plans, units, database::inTransaction, finalisedLog,
                inspectors::actor);
        this.backups = new BackupService(dataDir, database, () -> UiSettings.load(dataDir).backupsToKeep(),
                Clock.systemDefaultZone(), inspectors::actor, dataKey);
        this.evidenceFiles = new EvidenceFiles(dataDir, dataKey);
        this.answerService = new AnswerService(answers, frameworkService, units, inspectors::actor,
                database::inTransaction, this::backupAfterFinalise, evidenceFiles);
        this.exchangeService = new ExchangeService(new JooqExchangeRepository(database), dataDir,
                AppInfo.of(dataDir).version(), inspectors::actor, Clock.systemUTC(), PackageLimits.defaults(),
                org.parcheck.common.util.DiskSpace::usable, dataKey);
    }

    /**
     * The services of the province server's database opened directly (#17 office mode): no demo seeding, no start-up
     * clean-up, no instance lock and no backups (the server's are its IT staff's); {@code localDir} is a small local
     * folder for this window's settings only, never the laptop's data folder.
     */
    public static AppServices onServer(Path localDir, Database database) {
        AppServices services = new AppServices(localDir, database, null);
        services.onServer = true;
        return services;
    }

    /** Whether these are the province server's services (#17 office mode). */
    public boolean onServer() {
        return onServer;
    }

    /** A backup after every finalise; a failed backup never undoes the finalise, it is logged. */
    private void backupAfterFinalise() {
        if (onServer) {
            return;
        }
        try {
            backups.afterFinalise();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Backup after finalising failed", e);
        }
    }

    /**
     * The automatic backup on start, when the data changed since the last backup; failures are logged. Never from a
     * database found damaged on opening (the window says so).
     */
    public void backupOnStart() {
        if (onServer) {
            return;
        }
        if (database.damage().isPresent()) {
            LOG.warning("No backup on start: the database was found damaged on opening");
            return;
        }
        try {
            backups.backupOnStartIfChanged();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Backup on start failed", e);
        }
    }

    /** Opens and migrates the database in {@code dataDir}, seeding the demo data on first run. Off the FX thread. */
    public static AppServices open(Path dataDir) {
        return open(dataDir, true);
    }

    /**
     * Opens and migrates the database in {@code dataDir}. With {@code demo} false (real work, #16 §5) a new database
     * is marked as never to be seeded, so no later open (a restore, the command line) brings the demo into it.
     */
    public static AppServices open(Path dataDir, boolean demo) {
        return open(dataDir, demo, null);
    }

    /**
     * {@link #open(Path, boolean)} for a protected data folder (#19): the database, evidence copies and backups are
     * read and written with {@code key} (null: an unprotected folder). A protected folder opened without its key is
     * refused ({@code DatabaseException.Kind.PASSWORD_NEEDED}). The key stays the caller's: closing these services
     * does not wipe it (a restore closes and opens the folder again with the same key).
     */
    public static AppServices open(Path dataDir, boolean demo, DataKey key) {
        resumeProtection(dataDir);
        Database database = Database.open(dataDir, key);
        try {
            if (!database.readOnly()) {
                // a damaged database's evidence rows cannot be trusted to tell an orphan file from a real one
                cleanUp(dataDir, database, key);
            }
            AppServices services = new AppServices(dataDir, database, key);
            if (!database.readOnly()) {
                if (demo) {
                    services.demoSeeder().seedIfFirstRun();
                } else {
                    services.demoSeeder().declineIfFirstRun();
                }
            }
            return services;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * The services for a command that only reads (a report, #18 §2, D26): the database opened ONCE, read-only,
     * after the same checks {@link #open(Path, boolean, DataKey)} makes (every row against its seal); every write is
     * refused. No start-up clean-up (it waits for the next writing open). Falls back to {@link #open(Path, boolean,
     * DataKey)} when only a writing open can serve: a new folder, migrations or seals to write, or the demo question
     * of a new database not yet answered.
     */
    public static AppServices openForReading(Path dataDir, boolean demo, DataKey key) {
        resumeProtection(dataDir);
        Database database = Database.openForReading(dataDir, key).orElse(null);
        if (database == null) {
            return open(dataDir, demo, key);
        }
        try {
            if (database.damage().isEmpty() && new AppMetadata(database).get(AppMetadata.DEMO_SEEDED).isEmpty()) {
                database.close(); // seeding or declining the demo is a write
                return open(dataDir, demo, key);
            }
            return new AppServices(dataDir, database, key);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** A protection stopped by a crash is finished before the database is opened (#19). */
    private static void resumeProtection(Path dataDir) {
        try {
            FolderProtection.resumeIfInterrupted(dataDir);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.OTHER, Database.fileIn(dataDir),
                    "Could not finish turning protection on: " + e.getMessage(), e);
        }
    }

    /** Leftovers of a ParCheck that was stopped (docs/record/bad-input.md); never stops the folder from opening. */
    private static void cleanUp(Path dataDir, Database database, DataKey key) {
        try {
            StartupCleanup.run(dataDir, database, key);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Looking for leftovers in " + dataDir + " failed", e);
        }
    }

    public DemoDataSeeder demoSeeder() {
        return new DemoDataSeeder(database, metadata, units, plans, frameworks, answers);
    }

    /** "Xoá dữ liệu mẫu" (#16 §5): drops the demo from this folder, after a verified backup. */
    public DemoDrop demoDrop() {
        return new DemoDrop(dataDir, database, metadata, demoSeeder(), backups, inspectors::actor,
                Clock.systemUTC());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return database;
    }

    /** The folder's key when it is protected (#19); empty for an unprotected folder. */
    public Optional<DataKey> dataKey() {
        return Optional.ofNullable(dataKey);
    }

    public PlanService planService() {
        return planService;
    }

    /** The operating-system account: recorded, marked as such, only when no inspector was chosen (#15). */
    static String osAccount() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "?" : user;
    }

    /**
     * The person using the laptop: chosen for this data folder; the change log, packages, backups and exports
     * record {@link InspectorService#actor()}.
     */
    public InspectorService inspectors() {
        return inspectors;
    }

    public AnswerService answerService() {
        return answerService;
    }

    /** Backups of this database: call {@code backupOnStartIfChanged()} after opening, off the FX thread. */
    public BackupService backups() {
        return backups;
    }

    public FrameworkService frameworkService() {
        return frameworkService;
    }

    public UnitService unitService() {
        return unitService;
    }

    public PlanEditService planEditService() {
        return planEditService;
    }

    /** The attached evidence files of this data folder, as the answering service checks them. */
    public EvidenceFiles evidenceFiles() {
        return evidenceFiles;
    }

    /** Team exchange: .parcheck packages (export, analyse, apply). */
    public ExchangeService exchangeService() {
        return exchangeService;
    }

    public PlanRepository plans() {
        return plans;
    }

    /** Writes a visit's report as PDF with the default options: to "file.part" first, then moved into place. */
    public void writeVisitReport(long visitId, Path file) throws IOException {
        writeVisitReport(visitId, file, VisitReportOptions.defaults());
    }

    /** {@link #writeVisitReport(long, Path)} with {@code options} (the full layout, #16 §6). */
    public void writeVisitReport(long visitId, Path file, VisitReportOptions options) throws IOException {
        PartFiles.write(file, out -> visitReports().writePdf(visitId, options, out));
    }

    /** Writes a visit's report as DOCX (editable) with the default options: to "file.part", then moved into place. */
    public void writeVisitReportDocx(long visitId, Path file) throws IOException {
        writeVisitReportDocx(visitId, file, VisitReportOptions.defaults());
    }

    /** {@link #writeVisitReportDocx(long, Path)} with {@code options}. */
    public void writeVisitReportDocx(long visitId, Path file, VisitReportOptions options) throws IOException {
        PartFiles.write(file, out -> visitReports().writeDocx(visitId, options, out));
    }

    /** The visit report's pages as images (preview and printing), rendered from the same PDF. */
    public List<BufferedImage> renderVisitReport(long visitId, float dpi) throws IOException {
        return renderVisitReport(visitId, dpi, VisitReportOptions.defaults());
    }

    /** {@link #renderVisitReport(long, float)} with {@code options}. */
    public List<BufferedImage> renderVisitReport(long visitId, float dpi, VisitReportOptions options)
            throws IOException {
        return visitReports().renderPages(visitId, dpi, options);
    }


    /**
     * The default file name of a visit's biên bản, as the reports page gives it ({@link ReportFileNames}, #16 §6:
     * "BB_3199-KH-UBND_Huyen-Ha-Lang_2021.pdf"); empty when there is no such visit. Reads the visit, its plan and the
     * plan's visit list, nothing of its framework.
     */
    public Optional<String> visitReportFileName(long visitId, String extension) {
        return answers.visit(visitId).flatMap(visit -> plans.find(visit.planId()).flatMap(plan ->
                planService.visits(plan.id()).stream().filter(row -> visitId == row.visit().id()).findFirst()
                        .map(row -> ReportFileNames.visitReport(plan.numberSymbol(), row.unitDisplayName(),
                                plan.year(), extension))));
    }

    /** Visit reports (biên bản) for the UI and the command line: one builder, one writer. */
    public VisitReports visitReports() {
        return new VisitReports(new VisitReportBuilder(answerService, plans), inspectors::actor);
    }

    /** Plan summary reports and results workbooks for the command line (and the UI). */
    public PlanSummaries planSummaries() {
        return new PlanSummaries(new PlanSummaryBuilder(answerService, plans, planService));
    }

    /**
     * Rankings across plans and years, and each unit's results year by year (#17 office mode, also on a laptop). On
     * the province server it uses and keeps each visit's score there (D28).
     */
    public YearSeriesBuilder yearSeries() {
        return new YearSeriesBuilder(answerService, plans, planService,
                onServer ? new ServerVisitScores(database) : KeptScores.NONE);
    }

    @Override
    public void close() {
        database.close();
    }
}
