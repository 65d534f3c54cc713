package org.parcheck.answering.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.VisitSession;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.PartFiles;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.importer.ImportProblemFormatter;
import org.parcheck.criteria.importer.SelfScoreWorkbook;

/**
 * The self-assessment form of a visit (bảng tự chấm điểm): written for the unit to fill before the visit, and read
 * back as the unit's self scores. Its messages show where the visit screen shows its save state.
 */
public final class VisitSelfScoreForm {

    private final VisitViewModel visit;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;

    VisitSelfScoreForm(VisitViewModel visit, AnswerService service, BackgroundExecutor executor, Messages messages) {
        this.visit = visit;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
    }

    /**
     * Writes the form: the framework's items with their maximum and the self scores recorded so far. Off the FX
     * thread; never a half-written file.
     */
    public void export(Path file) {
        VisitSession session = visit.session();
        if (session == null) {
            return;
        }
        FrameworkContent content = session.framework().content();
        SelfScoreWorkbook.About about = new SelfScoreWorkbook.About(session.unitName(),
                session.framework().header().name(), session.framework().version().versionNo(),
                session.visit().date());
        Map<String, BigDecimal> current = new HashMap<>();
        visit.sheet().answers().forEach((code, answer) -> {
            if (answer.selfScore() != null) {
                current.put(code, answer.selfScore());
            }
        });
        executor.run(() -> {
            PartFiles.write(file, out -> SelfScoreWorkbook.write(content, current, about, out));
            return file;
        }).onSuccess(written -> visit.status(messages.get("answering.visit.selfForm.written",
                        written.getFileName())))
                .onError(e -> visit.problem(messages.get("answering.visit.selfForm.writeFailed", file)))
                .start();
    }

    /**
     * Reads a filled form off the FX thread. With any problem nothing is saved and {@code showProblems} gets each
     * problem with its row and column. Otherwise {@code confirm} is asked with the number of self scores that change
     * and how many of them replace a recorded one (not asked when nothing changes), and then they are saved in one
     * transaction, each with its line in the change log. Undo and redo start afresh, so that undoing an earlier
     * change cannot quietly undo an imported score.
     */
    public void importScores(Path file, Consumer<List<String>> showProblems, BiPredicate<Integer, Integer> confirm) {
        VisitSession session = visit.session();
        if (!visit.editableProperty().get() || session == null) {
            return;
        }
        FrameworkContent content = session.framework().content();
        visit.status(messages.get("answering.visit.selfForm.reading"));
        executor.run(() -> SelfScoreWorkbook.read(file, content)).onSuccess(read -> {
            if (!read.problems().isEmpty()) {
                visit.problem(messages.get("answering.visit.selfForm.refused"));
                ImportProblemFormatter format = new ImportProblemFormatter(messages);
                showProblems.accept(read.problems().stream().map(format::format).toList());
                return;
            }
            Map<String, BigDecimal> changes = new LinkedHashMap<>();
            int replacing = 0;
            for (Map.Entry<String, BigDecimal> entry : read.scores().entrySet()) {
                BigDecimal before = visit.sheet().answer(entry.getKey()).selfScore();
                if (before == null || before.compareTo(entry.getValue()) != 0) {
                    changes.put(entry.getKey(), entry.getValue());
                    replacing += before == null ? 0 : 1;
                }
            }
            if (changes.isEmpty()) {
                visit.status(messages.get("answering.visit.selfForm.nothingNew", read.scores().size()));
                return;
            }
            if (!confirm.test(changes.size(), replacing)) {
                visit.status("");
                return;
            }
            visit.status(messages.get("answering.visit.saving"));
            executor.write(() -> service.importSelfScores(visit.visitId(), changes)).onSuccess(saved -> {
                visit.imported(saved);
                visit.status(messages.get("answering.visit.selfForm.imported", saved.size()));
            }).onError(e -> visit.problem(messages.get("answering.visit.selfForm.importFailed"))).start();
        }).onError(e -> visit.problem(messages.get("answering.visit.selfForm.importFailed"))).start();
    }

    /** A file name for the form: "tu-cham-<unit>.xlsx". */
    public String suggestedName() {
        return visit.report().suggestedName("xlsx").replaceFirst("^bien-ban-", "tu-cham-");
    }
}
