package org.parcheck.answering.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.ReportGap;
import org.parcheck.answering.ReportPart;
import org.parcheck.answering.audit.AttachmentText;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.VisitStatus;
import org.parcheck.scoring.ScoreCard;

/**
 * Finalising and reopening a visit, and the list of what blocks finalising: shown after a refused finalise and kept
 * current as answers follow, one line per missing or invalid item, figure problem, damaged attachment and gap of the
 * report part, each able to say what it is about (an item to focus, or a field of the second tab).
 */
final class VisitFinalising {

    private final VisitViewModel visit;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    /** #15 §1: the blocker lines about the report part, by line (a field of the second tab, or an item). */
    private final Map<String, ReportGap> gapByLine = new HashMap<>();
    private List<AttachmentProblem> attachments = List.of();
    private ReportPart reportPart;
    /** The refusal last shown in the header, kept up to date while it is still shown there. */
    private String refusal;

    VisitFinalising(VisitViewModel visit, AnswerService service, BackgroundExecutor executor, Messages messages) {
        this.visit = visit;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
    }

    ObservableList<String> lines() {
        return lines;
    }

    /** The report part as loaded or as last saved on the second tab. */
    void reportPart(ReportPart part) {
        reportPart = part;
    }

    /** Finalises the visit, or lists what blocks it; {@code done} runs once it is finalised. */
    void finalise(Function<String, String> invalidReason, Runnable done) {
        executor.write(() -> {
            service.finalise(visit.session());
            return VisitStatus.FINALISED;
        }).onSuccess(status -> {
            lines.clear();
            done.run();
            visit.status(messages.get("answering.visit.finalised"));
        }).onError(e -> {
            if (e instanceof AnswerService.NotReadyException notReady) {
                refusal = messages.get("answering.visit.notReady", show(notReady.blockers(), invalidReason));
                visit.problem(refusal);
            } else {
                visit.problem(messages.get("answering.visit.finaliseFailed"));
            }
        }).start();
    }

    /** Reopens a finalised visit with the reason the user gave (required); {@code done} runs once it is reopened. */
    void reopen(String reason, Runnable done) {
        if (reason == null || reason.isBlank()) {
            visit.problem(messages.get("answering.visit.reasonRequired"));
            return;
        }
        executor.write(() -> {
            service.reopen(visit.visitId(), reason);
            return VisitStatus.IN_PROGRESS;
        }).onSuccess(s -> {
            done.run();
            visit.status(messages.get("answering.visit.reopened"));
        }).start();
    }

    /** Everything that blocks finalising now, the report part included. */
    AnswerService.Blockers current(ScoreCard card) {
        AnswerService.Blockers found = reportPart == null ? AnswerService.blockers(card)
                : service.blockers(visit.session(), visit.sheet(), card, reportPart);
        return found.withAttachments(attachments);
    }

    /** When the list is shown, brings it up to date with {@code card} and the report part. */
    void follow(ScoreCard card, Function<String, String> invalidReason) {
        if (!lines.isEmpty() && card != null) {
            int left = show(current(card), invalidReason);
            // the header's refusal follows the list (found by the inspection walk: it said "còn 26 mục" after the
            // documents were cited on the second tab), unless a save has replaced it since
            if (refusal != null && refusal.equals(visit.saveText())) {
                if (left == 0) {
                    refusal = null;
                    visit.status(messages.get("answering.visit.nothingBlocks"));
                } else {
                    refusal = messages.get("answering.visit.notReady", left);
                    visit.problem(refusal);
                }
            }
        }
    }

    /**
     * Shows {@code found}; {@code invalidReason} gives why an item is invalid ("" when it does not say).
     *
     * @return how many lines there are
     */
    private int show(AnswerService.Blockers found, Function<String, String> invalidReason) {
        List<String> text = new ArrayList<>();
        found.missing().forEach(c -> text.add(c + " — " + messages.get("answering.visit.status.MISSING")));
        found.invalid().forEach(c -> {
            String reason = invalidReason.apply(c);
            text.add(c + " — " + messages.get("answering.visit.status.INVALID")
                    + (reason == null || reason.isEmpty() ? "" : ": " + reason));
        });
        found.figureProblems().forEach(f -> text.add(messages.get("answering.visit.figureProblem", f)));
        attachments = found.attachments();
        found.attachments().forEach(p -> text.add(messages.get("answering.attachments.blocker",
                AttachmentText.describe(p, messages))));
        gapByLine.clear();
        for (ReportGap gap : found.report()) {
            String gapText = messages.get("answering.report.gap." + gap.kind().name());
            String line = gap.isItem() ? gap.itemCode() + " — " + gapText : gapText;
            gapByLine.put(line, gap);
            text.add(line);
        }
        lines.setAll(text);
        return text.size();
    }

    /** The item code a line is about, if it is about one of {@code codes}. */
    static Optional<String> item(String line, java.util.Set<String> codes) {
        int dash = line.indexOf(" — ");
        return dash > 0 && codes.contains(line.substring(0, dash)) ? Optional.of(line.substring(0, dash))
                : Optional.empty();
    }

    /** The field of the second tab a line is about (times, team, attendees, opinion), if it is one. */
    Optional<ReportGap.Kind> field(String line) {
        return Optional.ofNullable(gapByLine.get(line)).filter(gap -> !gap.isItem()).map(ReportGap::kind);
    }
}
