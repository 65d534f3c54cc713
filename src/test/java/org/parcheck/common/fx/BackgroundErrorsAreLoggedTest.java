package org.parcheck.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parcheck.testing.LogCapture;

/** A failed background task is written to the log with its stack trace ("details are in the log file"). */
class BackgroundErrorsAreLoggedTest {

    @Test
    void aFailureIsLoggedBeforeTheCallbackRuns() throws Exception {
        LogCapture log = LogCapture.of(FxBackgroundExecutor.class);
        FxBackgroundExecutor executor = new FxBackgroundExecutor(Runnable::run);
        CountDownLatch failed = new CountDownLatch(1);
        try {
            executor.write(() -> {
                throw new IllegalStateException("disk gone");
            }).onError(e -> failed.countDown()).start();
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            executor.shutdown();
            log.close();
        }
        assertThat(log.records()).anySatisfy(r -> assertThat(r.getThrown()).hasMessage("disk gone"));
    }
}
