package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundExecutorTest {

    @Test
    void sameThreadExecutorDeliversResultsAndErrorsAtOnce() {
        SameThreadExecutor executor = new SameThreadExecutor();
        AtomicReference<Object> result = new AtomicReference<>();
        executor.run(() -> 21 * 2).onSuccess(result::set).start();
        assertEquals(42, result.get());
        executor.write(() -> {
            throw new IllegalStateException("boom");
        }).onSuccess(result::set).onError(result::set).start();
        assertThat(result.get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTaskCannotBeStartedTwice() {
        BackgroundTask<Integer> task = new SameThreadExecutor().run(() -> 1);
        task.start();
        assertThrows(IllegalStateException.class, task::start);
    }

    @Test
    void writesRunOneAtATimeInSubmissionOrderOffTheCallingThread() throws Exception {
        LinkedBlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
        FxBackgroundExecutor executor = new FxBackgroundExecutor(callbacks::add);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            int n = i;
            executor.write(() -> {
                order.add(n);
                threads.add(Thread.currentThread().getName());
                return n;
            }).onSuccess(v -> done.countDown()).start();
        }
        for (int i = 0; i < 50; i++) {
            Runnable callback = callbacks.poll(10, TimeUnit.SECONDS);
            assertThat(callback).isNotNull();
            callback.run();
        }
        assertThat(done.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(order).isSorted().hasSize(50);
        assertThat(threads).allMatch(name -> name.startsWith("parcheck-writer"));
        assertThat(threads).doesNotContain(Thread.currentThread().getName());
        executor.shutdown();
    }

    @Test
    void anErrorInBackgroundWorkReachesTheErrorCallback() throws Exception {
        LinkedBlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
        FxBackgroundExecutor executor = new FxBackgroundExecutor(callbacks::add);
        AtomicReference<Throwable> error = new AtomicReference<>();
        executor.run(() -> {
            throw new java.io.IOException("disk");
        }).onError(error::set).start();
        callbacks.poll(10, TimeUnit.SECONDS).run();
        assertThat(error.get()).hasMessage("disk");
        executor.shutdown();
    }
}
