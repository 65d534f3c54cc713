package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A failed background task is written to the log with its stack trace ("details are in the log file"). */
class BackgroundErrorsAreLoggedTest {

    @Test
    void aFailureIsLoggedBeforeTheCallbackRuns() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (records) {
                    records.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(FxBackgroundExecutor.class.getName());
        logger.addHandler(capture);
        FxBackgroundExecutor executor = new FxBackgroundExecutor(Runnable::run);
        CountDownLatch failed = new CountDownLatch(1);
        try {
            executor.write(() -> {
                throw new IllegalStateException("disk gone");
            }).onError(e -> failed.countDown()).start();
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            executor.shutdown();
            logger.removeHandler(capture);
        }
        synchronized (records) {
            assertThat(records).anySatisfy(r -> assertThat(r.getThrown()).hasMessage("disk gone"));
        }
    }
}
