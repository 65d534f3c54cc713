package org.parcheck.report.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.parcheck.common.util.PartFiles;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.fx.Images;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.common.util.Text;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanService;
import org.parcheck.plan.VisitOverview;
import org.parcheck.plan.VisitStatus;
import org.parcheck.report.PlanSummaries;
import org.parcheck.report.ReportFileNames;
import org.parcheck.report.VisitReportOptions;
import org.parcheck.report.VisitReports;

/** The reports page: what can be reported on, and the plan summary report and results workbook of a plan. */
public final class ReportsViewModel {

    /** Writes one report (of the plan or visit with this id) into a stream. */
    @FunctionalInterface
    private interface Writer {
        void write(long id, OutputStream out) throws IOException;
    }

    /**
     * A visit of the selected plan.
     *
     * @param finalised whether its report (biên bản) can be written here: only finalised visits have one to sign
     */
    public record VisitRow(long visitId, String unit, String date, String status, boolean finalised) {
    }

    /** Resolution of the preview's page images (sharp enough to print, as the visit report's). */
    static final float PREVIEW_DPI = 150f;

    private final PlanService planService;
    private final PlanSummaries summaries;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<PlanOverview> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanOverview> selectedPlan = new SimpleObjectProperty<>();
    private final ObservableList<VisitRow> visits = FXCollections.observableArrayList();
    private final ObjectProperty<VisitRow> selectedVisit = new SimpleObjectProperty<>();
    private final VisitReports visitReports;
    private final LongConsumer openVisit;

    /**
     * @param openVisit opens a visit's screen (from the list of the plan's visits)
     */
    public ReportsViewModel(PlanService planService, PlanSummaries summaries, VisitReports visitReports,
                            LongConsumer openVisit, BackgroundExecutor executor, Messages messages) {
        this.planService = planService;
        this.summaries = summaries;
        this.visitReports = visitReports;
        this.openVisit = openVisit;
        this.executor = executor;
        this.messages = messages;
        selectedPlan.addListener((obs, old, plan) -> {
            loadVisits(plan);
            count(plan);
        });
    }

    /** The visits of the selected plan, in the plan's order. */
    public ObservableList<VisitRow> visits() {
        return visits;
    }

    public ObjectProperty<VisitRow> selectedVisitProperty() {
        return selectedVisit;
    }

    private void loadVisits(PlanOverview plan) {
        selectedVisit.set(null);
        if (plan == null) {
            visits.clear();
            return;
        }
        executor.run(() -> planService.visits(plan.plan().id())).onSuccess(list -> {
            if (plan.equals(selectedPlan.get())) {
                visits.setAll(list.stream().map(this::toRow).toList());
            }
        }).start();
    }

    private VisitRow toRow(VisitOverview v) {
        return new VisitRow(v.visit().id(), Text.capitalizeFirst(v.unitDisplayName()),
                Formats.date(v.visit().date()), messages.get(v.visit().status().labelKey()),
                v.visit().status() == VisitStatus.FINALISED);
    }

    /** Opens the selected visit's screen, to finish it or to look at it. */
    public void openSelectedVisit() {
        VisitRow visit = selectedVisit.get();
        if (visit != null) {
            openVisit.accept(visit.visitId());
        }
    }

    /** The selected finalised visit's report (biên bản) as PDF, as the visit screen writes it. */
    public void writeVisitPdf(Path file) {
        writeVisit(file, (id, out) -> visitReports.writePdf(id, VisitReportOptions.defaults(), out));
    }

    /** The selected finalised visit's report as an editable DOCX. */
    public void writeVisitDocx(Path file) {
        writeVisit(file, (id, out) -> visitReports.writeDocx(id, VisitReportOptions.defaults(), out));
    }

    private void writeVisit(Path file, Writer writer) {
        VisitRow visit = selectedVisit.get();
        if (visit == null || !visit.finalised()) {
            return;
        }
        write(file, visit.visitId(), writer);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<PlanOverview> plans() {
        return plans;
    }

    public ObjectProperty<PlanOverview> selectedPlanProperty() {
        return selectedPlan;
    }

    public void load() {
        executor.run(planService::overviews).onSuccess(list -> {
            plans.setAll(list);
            if (!list.isEmpty() && selectedPlan.get() == null) {
                selectedPlan.set(list.get(0));
            } else {
                // the selected plan's counts as loaded now (the same plan, its visits may have changed)
                PlanOverview selected = selectedPlan.get();
                count(selected == null ? null : list.stream().filter(p -> p.plan().id() == selected.plan().id())
                        .findFirst().orElse(selected));
            }
        }).start();
    }

    /** #16 §6: the counter speaks of the plan on screen, not of every plan. */
    private void count(PlanOverview plan) {
        if (plan == null) {
            summary.set("");
        } else {
            summary.set(plan.finalised() == 0 ? messages.get("report.page.noneFinalised", plan.visits())
                    : messages.get("report.page.finalised", plan.finalised(), plan.visits()));
        }
    }

    /** "BB_215-KH-UBND_Xa-Ha-Quang_2026.pdf": the selected visit's biên bản ({@link ReportFileNames}). */
    public String visitFileName(String extension) {
        PlanOverview plan = selectedPlan.get();
        VisitRow visit = selectedVisit.get();
        return plan == null || visit == null ? "BB." + extension : ReportFileNames.visitReport(
                plan.plan().numberSymbol(), visit.unit(), plan.plan().year(), extension);
    }

    /** "BC_215-KH-UBND_2026.pdf": the selected plan's summary report. */
    public String summaryFileName(String extension) {
        PlanOverview plan = selectedPlan.get();
        return plan == null ? "BC." + extension
                : ReportFileNames.planSummary(plan.plan().numberSymbol(), plan.plan().year(), extension);
    }

    /** "KQ_215-KH-UBND_2026.xlsx": the selected plan's results workbook. */
    public String resultsFileName() {
        PlanOverview plan = selectedPlan.get();
        return plan == null ? "KQ.xlsx" : ReportFileNames.resultsWorkbook(plan.plan().numberSymbol(),
                plan.plan().year());
    }

    public String planLabel(PlanOverview plan) {
        return plan == null ? "" : plan.plan().numberSymbol() + " – " + plan.plan().title();
    }

    /** The plan summary report (ranking, classification counts, area averages, charts) as PDF. */
    public void writeSummaryPdf(Path file) {
        write(file, summaries::writePdf);
    }

    /** The plan summary report as an editable DOCX (Word, LibreOffice). */
    public void writeSummaryDocx(Path file) {
        write(file, summaries::writeDocx);
    }

    /** Renders the summary report's pages (off the FX thread) and hands them to {@code show}. */
    public void previewSummary(Consumer<List<Image>> show) {
        PlanOverview plan = selectedPlan.get();
        if (plan == null) {
            return;
        }
        message.set(messages.get("report.page.writing"));
        executor.run(() -> summaries.renderPages(plan.plan().id(), PREVIEW_DPI).stream().map(Images::toFx).toList())
                .onSuccess(pages -> {
                    message.set("");
                    show.accept(pages);
                })
                .onError(e -> message.set(messages.get("report.page.previewFailed")))
                .start();
    }

    /** The results table as an Excel workbook. */
    public void writeResultsXlsx(Path file) {
        write(file, summaries::writeXlsx);
    }

    private void write(Path file, Writer writer) {
        PlanOverview plan = selectedPlan.get();
        if (plan == null) {
            return;
        }
        write(file, plan.plan().id(), writer);
    }

    private void write(Path file, long id, Writer writer) {
        message.set(messages.get("report.page.writing"));
        executor.run(() -> {
            PartFiles.write(file, out -> writer.write(id, out));
            return file;
        }).onSuccess(written -> message.set(messages.get("report.page.written", written)))
                .onError(e -> message.set(writeFailed(messages, e, file, DiskSpace.usable(file))))
                .start();
    }

    /** "The disk is full" (with the space free) told apart from "cannot be written" (docs/record/bad-input.md). */
    static String writeFailed(Messages messages, Throwable e, Path file, long free) {
        return DiskSpace.isFull(e) ? messages.get("report.page.diskFull", file, DiskSpace.format(free))
                : messages.get("report.page.writeFailed", file);
    }
}
