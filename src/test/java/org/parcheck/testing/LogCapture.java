package org.parcheck.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a class logs while a test runs: {@code try (LogCapture log = LogCapture.of(Some.class)) { … }}, then
 * {@link #messages()} or {@link #records()}. The logger is set to INFO while listening (java.util.logging's level in
 * tests may be higher) and given back its level and handlers on {@link #close()}.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(Logger logger) {
        this.logger = logger;
        this.level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(handler);
    }

    /** Starts listening to the logger named after {@code type}, as ParCheck's classes name theirs. */
    public static LogCapture of(Class<?> type) {
        return new LogCapture(Logger.getLogger(type.getName()));
    }

    /** Every record logged so far, in order. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The message of every record logged so far (a message given as a supplier, as it was made). */
    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(level);
    }
}
