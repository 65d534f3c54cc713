package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcheck.server.SyncLaptops.content;
import static org.parcheck.server.SyncLaptops.maxRevision;
import static org.parcheck.server.SyncLaptops.note;
import static org.parcheck.server.SyncLaptops.noteOf;
import static org.parcheck.server.SyncLaptops.sync;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.ChildProcess;
import org.parcheck.persistence.Database;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Sync cut off (#17): the connection cut while sending, the server gone between prepare and complete, the laptop
 * killed at each step. Nothing is half-applied on either side, and the next sync completes with the same result as
 * one that was never cut off.
 */
class SyncFaultTest {

    @TempDir
    Path dir;

    AppServices office;
    AppServices inspector;
    /** The server as the laptops reach it: down while {@link #down} is set (a restart, a network cut). */
    Switchable source;
    Database server;
    String databaseName;

    @BeforeEach
    void open() throws Exception {
        office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
        inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), false);
        DataSource real = TestServers.freshDatabase("fault");
        databaseName = TestServers.nameOf(real);
        source = new Switchable(real);
        server = Database.onServer(source);
        sync(office, server);
        sync(inspector, server);
    }

    @AfterEach
    void close() {
        office.close();
        if (inspector != null) {
            inspector.close();
        }
        server.close();
    }

    @Test
    void aConnectionCutWhileSendingLeavesTheServerAsItWasAndTheNextSyncCompletes() {
        note(inspector, "1.4.2", "Đoàn: đã xem sổ theo dõi");
        Map<String, Map<String, String>> serverBefore = content(server);
        long revision = maxRevision(server);
        Map<String, Map<String, String>> laptopBefore = content(inspector.database());
        SyncService service = SyncLaptops.service(inspector, server);
        SyncPlan plan = service.prepare(SyncProgress.NONE);

        assertThatThrownBy(() -> service.complete(plan, Map.of(), (key, done, total) -> {
            if (SyncProgress.SENDING.equals(key) && done == 0) {
                terminateBackends(); // inside the server's transaction, after the advisory lock
            }
        })).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.kind()).isEqualTo(ServerException.Kind.CONNECTION_LOST));

        assertThat(content(server)).isEqualTo(serverBefore);
        assertThat(maxRevision(server)).isEqualTo(revision);
        assertThat(content(inspector.database())).isEqualTo(laptopBefore);

        SyncResult again = sync(inspector, server);
        assertThat(again.visitsSent()).isEqualTo(1);
        assertThat(maxRevision(server)).isEqualTo(revision + 1);
        assertThat(content(server)).isEqualTo(content(inspector.database()));
    }

    @Test
    void theServerGoneBetweenPrepareAndCompleteIsAConnectionLostAndARetryCompletes() {
        note(office, "1.4.2", "Văn phòng: cần bổ sung");
        sync(office, server);
        note(inspector, "1.1.1", "Đoàn: đủ hồ sơ");
        SyncService service = SyncLaptops.service(inspector, server);
        SyncPlan plan = service.prepare(SyncProgress.NONE);
        assertThat(plan.visitsToBring()).isEqualTo(1);
        Map<String, Map<String, String>> serverBefore = content(server);

        terminateBackends();
        source.down.set(true);
        assertThatThrownBy(() -> service.complete(plan, Map.of(), SyncProgress.NONE))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServerException.Kind.CONNECTION_LOST));
        source.down.set(false);

        // what was brought home is kept (one transaction with its revision); nothing reached the server
        assertThat(noteOf(inspector, "1.4.2")).isEqualTo("Văn phòng: cần bổ sung");
        assertThat(content(server)).isEqualTo(serverBefore);

        SyncResult retry = sync(inspector, server);
        assertThat(retry.visitsBrought()).isZero();
        assertThat(retry.visitsSent()).isEqualTo(1);
        sync(office, server);
        assertThat(noteOf(office, "1.1.1")).isEqualTo("Đoàn: đủ hồ sơ");
        assertThat(content(office.database())).isEqualTo(content(server));
        assertThat(content(inspector.database())).isEqualTo(content(server));
    }

    @Test
    void aLaptopKilledAtAnyStepOfASyncLeavesBothSidesWholeAndTheNextSyncCompletes() throws Exception {
        note(office, "1.4.2", "Văn phòng: cần bổ sung");
        sync(office, server);
        note(inspector, "1.1.1", "Đoàn: đủ hồ sơ");
        long revision = maxRevision(server);
        String before = noteOf(inspector, "1.4.2");
        Path inspectorDir = inspector.dataDir();
        inspector.close();
        inspector = null;
        // before anything is written here; after the pull, inside the send; after the server's commit
        for (String step : new String[] {SyncProgress.APPLYING + ":0", SyncProgress.SENDING + ":0",
            SyncProgress.SENDING + ":1"}) {
            try (ChildProcess child = ChildProcess.start(SyncingChild.class, inspectorDir.toString(),
                    Integer.toString(TestServers.postgres().getPort()), databaseName, step)) {
                child.awaitLine("STEP " + step);
                child.process().destroyForcibly();
                child.process().waitFor();
            }
            try (AppServices opened = AppServices.open(inspectorDir, false)) {
                boolean pulled = !step.startsWith(SyncProgress.APPLYING);
                assertThat(noteOf(opened, "1.4.2")).as(step).isEqualTo(pulled ? "Văn phòng: cần bổ sung" : before);
                assertThat(noteOf(opened, "1.1.1")).as(step).isEqualTo("Đoàn: đủ hồ sơ");
            }
            boolean sent = step.equals(SyncProgress.SENDING + ":1");
            assertThat(maxRevision(server)).as(step).isEqualTo(sent ? revision + 1 : revision);
        }
        inspector = AppServices.open(inspectorDir, false);
        SyncResult last = sync(inspector, server);
        assertThat(last.visitsSent()).as("sent before the kill, merged to nothing").isZero();
        assertThat(maxRevision(server)).isEqualTo(revision + 1);
        sync(office, server);
        assertThat(noteOf(office, "1.1.1")).isEqualTo("Đoàn: đủ hồ sơ");
        assertThat(content(inspector.database())).isEqualTo(content(server));
        assertThat(content(office.database())).isEqualTo(content(server));
    }

    /** Ends every session on the test database but this one (what a server restart does to its clients). */
    private void terminateBackends() {
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + databaseName
                    + "' AND pid <> pg_backend_pid()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A child JVM that syncs a data folder and stops dead (waits to be killed) at one progress step. */
    public static final class SyncingChild {
        public static void main(String[] args) throws Exception {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setServerNames(new String[] {"localhost"});
            source.setPortNumbers(new int[] {Integer.parseInt(args[1])});
            source.setDatabaseName(args[2]);
            source.setUser("postgres");
            String stop = args[3];
            try (AppServices laptop = AppServices.open(Path.of(args[0]), false);
                 Database server = Database.onServer(source)) {
                SyncService service = SyncLaptops.service(laptop, server);
                SyncProgress progress = (key, done, total) -> {
                    if ((key + ":" + done).equals(stop)) {
                        System.out.println("STEP " + stop);
                        System.out.flush();
                        try {
                            // parked until the test kills this JVM (at most a minute), never counted down
                            new java.util.concurrent.CountDownLatch(1).await(60,
                                    java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                };
                service.complete(service.prepare(progress), Map.of(), progress);
            }
        }
    }

    /** A data source that refuses connections while {@link #down} is set, as a server that is restarting. */
    static final class Switchable implements DataSource {
        final AtomicBoolean down = new AtomicBoolean();
        private final DataSource real;

        Switchable(DataSource real) {
            this.real = real;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLException("Connection refused (the server is restarting)", "08001");
            }
            return real.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return real.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            real.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            real.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return real.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return real.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return real.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return real.isWrapperFor(iface);
        }
    }
}
