package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Long work reports progress, can be cancelled, and a screen's scope drops its late results but not its writes. */
class CancellableTasksTest {

    @Test
    void progressReachesTheCallbackAndTheRunningTaskShowsIt() {
        RunningTask running = new RunningTask();
        List<Double> seen = new ArrayList<>();
        List<String> result = new ArrayList<>();
        BackgroundTask<String> task = new SameThreadExecutor().runTracked(progress -> {
            progress.update(1, 4);
            seen.add(running.progressProperty().get());
            assertThat(running.runningProperty().get()).isTrue();
            progress.update(4, 4);
            return "xong";
        });
        running.track("Đang đọc tệp", task).onSuccess(result::add).start();
        assertThat(seen).containsExactly(0.25);
        assertThat(running.progressProperty().get()).isEqualTo(1.0);
        assertThat(result).containsExactly("xong");
        assertThat(running.runningProperty().get()).isFalse();
    }

    @Test
    void cancelledWorkStopsAtItsNextStepAndOnlyOnCancelledRuns() throws Exception {
        LinkedBlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
        FxBackgroundExecutor executor = new FxBackgroundExecutor(callbacks::add);
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger steps = new AtomicInteger();
        List<String> outcome = new ArrayList<>();
        RunningTask running = new RunningTask();
        BackgroundTask<Integer> task = executor.runTracked(progress -> {
            begun.countDown();
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 1000; i++) {
                progress.checkCancelled();
                steps.incrementAndGet();
            }
            return steps.get();
        });
        running.track("Đang nhập", task).onSuccess(n -> outcome.add("success"))
                .onError(e -> outcome.add("error")).onCancelled(() -> outcome.add("cancelled")).start();
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        running.cancel();
        cancelled.countDown();
        Runnable callback = callbacks.poll(10, TimeUnit.SECONDS);
        assertThat(callback).isNotNull();
        callback.run();
        assertThat(steps.get()).isZero();
        assertThat(outcome).containsExactly("cancelled");
        assertThat(running.runningProperty().get()).isFalse();
        executor.shutdown();
    }

    @Test
    void leavingTheScreenCancelsItsReadsButItsWritesStillRun() {
        TaskScope screen = new TaskScope();
        BackgroundExecutor executor = new QueuedExecutor();
        QueuedExecutor queue = (QueuedExecutor) executor;
        BackgroundExecutor inScreen = executor.within(screen);
        AtomicBoolean readRan = new AtomicBoolean();
        AtomicBoolean writeRan = new AtomicBoolean();
        List<String> delivered = new ArrayList<>();
        inScreen.run(() -> {
            readRan.set(true);
            return "list";
        }).onSuccess(delivered::add).start();
        inScreen.write(() -> {
            writeRan.set(true);
            return "saved";
        }).onSuccess(delivered::add).start();
        assertThat(screen.running()).isEqualTo(2);
        screen.close();
        queue.runAll();
        assertThat(readRan).isFalse();
        assertThat(writeRan).isTrue();
        assertThat(delivered).isEmpty();
        assertThat(screen.running()).isZero();
        inScreen.run(() -> {
            readRan.set(true);
            return "late";
        }).onSuccess(delivered::add).start();
        queue.runAll();
        assertThat(readRan).isFalse();
        assertThat(delivered).isEmpty();
    }

    /** Work waits until the test runs it, on the test's thread: what a user leaving mid-task looks like. */
    private static final class QueuedExecutor implements BackgroundExecutor {
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> BackgroundTask<T> run(java.util.concurrent.Callable<T> work) {
            return runTracked(progress -> work.call());
        }

        @Override
        public <T> BackgroundTask<T> write(java.util.concurrent.Callable<T> work) {
            return writeTracked(progress -> work.call());
        }

        @Override
        public <T> BackgroundTask<T> runTracked(BackgroundTask.Work<T> work) {
            return new BackgroundTask<>(work, this::later, Runnable::run, false);
        }

        @Override
        public <T> BackgroundTask<T> writeTracked(BackgroundTask.Work<T> work) {
            return new BackgroundTask<>(work, this::later, Runnable::run, true);
        }

        private <T> void later(BackgroundTask<T> task) {
            queued.add(() -> task.execute(false));
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void shutdown() {
            queued.clear();
        }
    }
}
