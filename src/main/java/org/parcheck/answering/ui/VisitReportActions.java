package org.parcheck.answering.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final BooleanProperty fullLayout = new SimpleBooleanProperty(false);
    /** The default file name without extension, once read ({@link #learnName()}). */
    private String stem;

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

    /**
     * Whether the biên bản is written in the full layout (every item in the body, no annex) rather than the short
     * default one (#16 §6); for the preview, PDF and Word alike.
     */
    public BooleanProperty fullLayoutProperty() {
        return fullLayout;
    }

    private void export(Path file, boolean docx) {
        visit.status(messages.get("answering.visit.reportWriting"));
        long visitId = visit.visitId();
        boolean full = fullLayout.get();
        executor.run(() -> {
            exporter.export(visitId, file, docx, full);
            return file;
        }).onSuccess(written -> visit.status(messages.get("answering.visit.reportWritten", written)))
                .onError(e -> visit.problem(messages.get("answering.visit.reportFailed", file)))
                .start();
    }

    /** Renders the report's pages and hands them to {@code show}. */
    public void preview(Consumer<List<Image>> show) {
        visit.status(messages.get("answering.visit.reportWriting"));
        long visitId = visit.visitId();
        boolean full = fullLayout.get();
        executor.run(() -> exporter.renderPages(visitId, PREVIEW_DPI, full).stream().map(Images::toFx).toList())
                .onSuccess(pages -> {
                    visit.status("");
                    show.accept(pages);
                })
                .onError(e -> visit.problem(messages.get("answering.visit.previewFailed")))
                .start();
    }

    /** Reads the report's default file name off the FX thread, once the visit is open. */
    void learnName() {
        long visitId = visit.visitId();
        executor.run(() -> exporter.fileName(visitId, "pdf"))
                .onSuccess(name -> stem = name.map(n -> n.substring(0, n.length() - ".pdf".length())).orElse(null))
                .onError(e -> stem = null)
                .start();
    }

    /**
     * A file name for the report with the given extension: the plan's number, the unit and the year
     * ("BB_3199-KH-UBND_Huyen-Ha-Lang_2021.pdf", as the reports page), else "bien-ban-<unit>.pdf".
     */
    public String suggestedName(String extension) {
        if (stem != null) {
            return stem + "." + extension;
        }
        VisitSession session = visit.session();
        String unit = session == null ? "" : ChecklistEntries.fold(session.unitName()).replaceAll("[^a-z0-9]+", "-");
        return "bien-ban-" + unit.replaceAll("(^-|-$)", "") + "." + extension;
    }
}
