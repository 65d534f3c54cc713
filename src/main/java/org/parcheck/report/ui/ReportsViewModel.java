package org.parcheck.report.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Images;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanService;
import org.parcheck.report.PlanSummaries;

/** The reports page: what can be reported on, and the plan summary report and results workbook of a plan. */
public final class ReportsViewModel {

    /** Writes one report into a stream. */
    @FunctionalInterface
    private interface Writer {
        void write(long planId, OutputStream out) throws IOException;
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

    public ReportsViewModel(PlanService planService, PlanSummaries summaries, BackgroundExecutor executor,
                            Messages messages) {
        this.planService = planService;
        this.summaries = summaries;
        this.executor = executor;
        this.messages = messages;
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
            int finalised = list.stream().mapToInt(PlanOverview::finalised).sum();
            int visits = list.stream().mapToInt(PlanOverview::visits).sum();
            summary.set(finalised == 0 ? messages.get("report.page.noneFinalised", visits)
                    : messages.get("report.page.finalised", finalised, visits));
            plans.setAll(list);
            if (!list.isEmpty() && selectedPlan.get() == null) {
                selectedPlan.set(list.get(0));
            }
        }).start();
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
        message.set(messages.get("report.page.writing"));
        executor.run(() -> {
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                writer.write(plan.plan().id(), out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }).onSuccess(written -> message.set(messages.get("report.page.written", written)))
                .onError(e -> message.set(messages.get("report.page.writeFailed", file)))
                .start();
    }
}
