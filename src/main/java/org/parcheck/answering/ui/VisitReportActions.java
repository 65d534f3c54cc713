package org.parcheck.answering.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.parcheck.answering.VisitSession;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Images;
import org.parcheck.common.i18n.Messages;

/**
 * The visit report (biên bản) from the visit screen: its preview, and writing it as PDF or Word, off the FX thread.
 * Its messages show where the visit screen shows its save state.
 */
public final class VisitReportActions {

    /** Preview resolution: sharp on screen, and good enough to print from. */
    private static final float PREVIEW_DPI = 150f;

    private final VisitViewModel visit;
    private final VisitReportExporter exporter;
    private final BackgroundExecutor executor;
    private final Messages messages;

    VisitReportActions(VisitViewModel visit, VisitReportExporter exporter, BackgroundExecutor executor,
            Messages messages) {
        this.visit = visit;
        this.exporter = exporter;
        this.executor = executor;
        this.messages = messages;
    }

    /** Writes the report as PDF to {@code file}. */
    public void exportPdf(Path file) {
        export(file, false);
    }

    /** Writes the report as an editable DOCX to {@code file}. */
    public void exportDocx(Path file) {
        export(file, true);
    }

    private void export(Path file, boolean docx) {
        visit.status(messages.get("answering.visit.reportWriting"));
        long visitId = visit.visitId();
        executor.run(() -> {
            if (docx) {
                exporter.exportDocx(visitId, file);
            } else {
                exporter.exportPdf(visitId, file);
            }
            return file;
        }).onSuccess(written -> visit.status(messages.get("answering.visit.reportWritten", written)))
                .onError(e -> visit.problem(messages.get("answering.visit.reportFailed", file)))
                .start();
    }

    /** Renders the report's pages and hands them to {@code show}. */
    public void preview(Consumer<List<Image>> show) {
        visit.status(messages.get("answering.visit.reportWriting"));
        long visitId = visit.visitId();
        executor.run(() -> exporter.renderPages(visitId, PREVIEW_DPI).stream().map(Images::toFx).toList())
                .onSuccess(pages -> {
                    visit.status("");
                    show.accept(pages);
                })
                .onError(e -> visit.problem(messages.get("answering.visit.previewFailed")))
                .start();
    }

    /** A file name for the report with the given extension: "bien-ban-<unit>.pdf" without refused characters. */
    public String suggestedName(String extension) {
        VisitSession session = visit.session();
        String unit = session == null ? "" : ChecklistEntries.fold(session.unitName()).replaceAll("[^a-z0-9]+", "-");
        return "bien-ban-" + unit.replaceAll("(^-|-$)", "") + "." + extension;
    }
}
