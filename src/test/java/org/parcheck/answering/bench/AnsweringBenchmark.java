package org.parcheck.answering.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.VisitSession;
import org.parcheck.answering.ui.ItemEntry;
import org.parcheck.answering.ui.TestExporters;
import org.parcheck.answering.ui.VisitViewModel;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.scoring.ScoreCard;

/**
 * Issue 5's answering targets on a real H2 file in a temp directory, for a visit of the generated 150-leaf
 * framework (all rule types, 100 raw figures), warm:
 * <ul>
 *   <li>{@link #saveAnswer()}: saving one answer, including the commit (target: median under 5 ms);</li>
 *   <li>{@link #rescoreAfterAnswer()}: the live score after one answer changed (target: under 2 ms);</li>
 *   <li>{@link #commitInViewModel()}: what the checklist does when an answer is entered: rescore, refresh the
 *       150 rows' texts and the score panel, and save (here on the same thread);</li>
 *   <li>{@link #openToInput()}: opening the visit until the checklist accepts input: the visit, framework and
 *       units read and compiled, the answer sheet read, the entries built and the first score shown
 *       (target: under 300 ms).</li>
 * </ul>
 * No FX toolkit is started: view-model properties work without it. Run:
 * {@code ./mvnw -B -Pbench verify -Dbench.include=AnsweringBenchmark}.
 */
@State(Scope.Benchmark)
public class AnsweringBenchmark {

    private BenchVisit bench;
    private VisitSession session;
    private AnswerSheet sheet;
    private Answer current;
    private VisitViewModel viewModel;
    private ItemEntry entry;
    private final Messages messages = new Messages(Messages.VIETNAMESE);

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchVisit();
        session = bench.answering.open(bench.visitId);
        sheet = bench.answering.sheet(bench.visitId);
        current = sheet.answer(bench.yesNoItem);
        if (session.compiled().leafCount() != 150) {
            throw new IllegalStateException("expected 150 leaves, got " + session.compiled().leafCount());
        }
        viewModel = openViewModel();
        entry = viewModel.entry(bench.yesNoItem).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    private VisitViewModel openViewModel() {
        VisitViewModel model = new VisitViewModel(bench.visitId, bench.answering, new SameThreadExecutor(),
                messages, () -> { }, TestExporters.none());
        model.load();
        if (!model.loadedProperty().get() || model.entries().isEmpty()) {
            throw new IllegalStateException("the visit did not open");
        }
        return model;
    }

    /** One answer saved: editable check, old row read, upsert, change-log lines, visit touched, commit. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Answer saveAnswer() {
        current = bench.toggled(current);
        return bench.answering.saveAnswer(bench.visitId, current);
    }

    /** The sheet with one answer changed, scored again (answers decoded, 150 items, subtotals, classification). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScoreCard rescoreAfterAnswer() {
        current = bench.toggled(current);
        sheet = sheet.withAnswer(current);
        return bench.answering.score(session, sheet);
    }

    /** An answer entered in the checklist: rescored, 150 rows and the score panel refreshed, saved. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScoreCard commitInViewModel() {
        entry.valueProperty().set(Answer.YES.equals(entry.valueProperty().get()) ? Answer.NO : Answer.YES);
        viewModel.commit(entry);
        return viewModel.card();
    }

    /** A visit opened until its checklist accepts input. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public VisitViewModel openToInput() {
        return openViewModel();
    }
}
