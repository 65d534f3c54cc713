package org.parcheck.answering.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerCodec;
import org.parcheck.answering.AnswerService;
import org.parcheck.app.AppServices;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;
import org.parcheck.protection.DataKey;
import org.parcheck.scoring.FrameworkDef;
import org.parcheck.scoring.ItemAnswer;
import org.parcheck.scoring.NodeDef;
import org.parcheck.scoring.SampleFrameworks;
import org.parcheck.scoring.VisitAnswers;

/**
 * A real ParCheck data folder in a temp directory (H2 file, Flyway-migrated, demo data seeded) plus a visit of
 * the generated 150-leaf framework of the scoring benchmark (all rule types, 100 raw figures), fully answered.
 */
final class BenchVisit implements AutoCloseable {

    final Path dataDir;
    final AppServices services;
    final AnswerService answering;
    final long visitId;
    final FrameworkContent content;
    /** A yes/no item whose value the benchmarks toggle. */
    final String yesNoItem;

    /** The folder's key when it is protected (#19 bench ratios), else null. */
    final DataKey key;

    BenchVisit() {
        this(null);
    }

    /** The same visit in a data folder protected with {@code password} (#19), or unprotected when null. */
    BenchVisit(char[] password) {
        try {
            dataDir = Files.createTempDirectory("parcheck-bench");
            if (password != null) {
                FolderProtection.protectNewFolder(dataDir, password);
            }
            key = password == null ? null : FolderProtection.unlock(dataDir, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        services = AppServices.open(dataDir, true, key);
        answering = services.answerService();
        FrameworkDef generated = SampleFrameworks.generated();
        List<CriteriaItem> areas = new ArrayList<>();
        for (NodeDef area : generated.areas()) {
            areas.add(item(area));
        }
        content = new FrameworkContent(areas, generated.figures(), generated.constraints(), generated.bands(),
                generated.bonusCap(), generated.deductionCap(), false);
        long versionId = services.frameworkService().create(
                FrameworkHeader.create("Bộ tiêu chí 150 mục (benchmark)", null, Set.of(UnitType.DISTRICT), false),
                FrameworkVersion.draft(1, 2021, null), content).version().id();
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview demo = services.planService().visits(plan.plan().id()).get(0);
        Visit visit = services.plans().insertVisit(Visit.planned(plan.plan().id(), demo.visit().unitId(),
                LocalDate.of(2021, 10, 2), "UBND (benchmark)").withFrameworkVersion(versionId));
        visitId = visit.id();
        VisitAnswers answers = SampleFrameworks.visit(generated, new Random(42), false);
        answers.figures().forEach((code, value) -> answering.saveFigure(visitId, code, value));
        String toggled = null;
        for (Map.Entry<String, ItemAnswer> entry : answers.items().entrySet()) {
            ItemAnswer a = entry.getValue();
            answering.saveAnswer(visitId, new Answer(entry.getKey(), a.value() == null ? null
                    : AnswerCodec.encode(a.value()), a.notApplicable(), a.selfScore(), a.manualScore(),
                    a.manualReason(), null, false, null, null));
            if (toggled == null && a.value() != null && Answer.YES.equals(AnswerCodec.encode(a.value()))) {
                toggled = entry.getKey();
            }
        }
        yesNoItem = toggled;
    }

    private static CriteriaItem item(NodeDef node) {
        if (node.isLeaf()) {
            return CriteriaItem.leaf(node.kind(), node.code(), node.title(), node.maxPoints(), node.rule())
                    .withEvidenceRequired(node.evidenceRequired()).withCritical(node.critical());
        }
        List<CriteriaItem> children = new ArrayList<>();
        for (NodeDef child : node.children()) {
            children.add(item(child));
        }
        return CriteriaItem.inner(node.kind(), node.code(), node.title(), node.maxPoints(), children);
    }

    /** The toggled item's stored answer with the other value (YES ↔ NO). */
    Answer toggled(Answer current) {
        return current.withValue(Answer.YES.equals(current.value()) ? Answer.NO : Answer.YES);
    }

    @Override
    public void close() {
        services.close();
        if (key != null) {
            key.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
