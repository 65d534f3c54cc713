package org.parcheck.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.SyncService;
import org.parcheck.server.TestServers;

/**
 * The office's first send of a 100-visit plan (#17, part "send"; a main that prints, not a timed test), with what a
 * loaded machine cannot blur: the number of statements sent to PostgreSQL (round trips; a JDBC batch counts once) by
 * kind, the CPU time of this JVM and of the PostgreSQL server's processes, and when each progress step began.
 * {@code rounds} (default 3) sends the same grown plan to a fresh server database each round. Run:
 * <pre>
 * ./mvnw -B -o -q test-compile -Dcheckstyle.skip
 * ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat /tmp/test.cp) org.parcheck.server.bench.SyncSendBench 3
 * </pre>
 * PostgreSQL's CPU is read from {@code /proc} (Linux only): the postmaster's own and reaped children's time plus its
 * live children's, so the figure covers every backend the send used.
 */
public final class SyncSendBench {

    private static final int VISITS = 100;

    private SyncSendBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("parcheck-sendbench");
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true)) {
            SyncBench.grow(office, VISITS);
            long postmaster = postmasterPid();
            for (int round = 1; round <= rounds; round++) {
                Counting counting = new Counting(TestServers.freshDatabase("sendbench"));
                try (Database server = Database.onServer(counting.source())) {
                    // the server's own tables are empty: the office's laptop sends everything
                    forgetSent(office);
                    counting.reset();
                    long pgBefore = pgCpuMillis(postmaster);
                    long cpuBefore = jvmCpuMillis();
                    long start = System.nanoTime();
                    StringBuilder steps = new StringBuilder();
                    SyncProgress progress = (key, done, total) -> steps.append(String.format(Locale.ROOT,
                            " %s %d/%d@%dms", key.substring(key.lastIndexOf('.') + 1), done, total,
                            (System.nanoTime() - start) / 1_000_000));
                    SyncService service = new SyncService(office.database(), office.dataDir(), null,
                            office.exchangeService(), server, "bench");
                    SyncPlan plan = service.prepare(progress);
                    SyncResult result = service.complete(plan, Map.of(), progress);
                    long wall = (System.nanoTime() - start) / 1_000_000;
                    long cpu = jvmCpuMillis() - cpuBefore;
                    long pg = pgCpuMillis(postmaster) - pgBefore;
                    System.out.println(String.format(Locale.ROOT, "round %d: send %d ms wall, JVM CPU %d ms,"
                            + " PostgreSQL CPU %d ms, statements %d (%s)", round, wall, cpu, pg,
                            counting.total(), result));
                    System.out.println("  steps:" + steps);
                    if (round == 1) {
                        counting.byKind().forEach((k, n) -> System.out.println(String.format(Locale.ROOT,
                                "  %6d  %s", n, k)));
                    }
                }
            }
        }
    }

    /** Makes the office's laptop send everything again, as to a server it never synced with. */
    private static void forgetSent(AppServices office) {
        office.database().transaction(dsl -> dsl.execute("DELETE FROM app_setting WHERE setting_key LIKE 'sync.%'"));
    }

    private static long jvmCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static long postmasterPid() throws Exception {
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return Long.parseLong(stat(rs.getLong(1))[2]);
        }
    }

    /** The fields of /proc/pid/stat after the command name (index 0 is the state). */
    private static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return ("x " + s.substring(s.lastIndexOf(')') + 2)).split(" ");
        } catch (Exception e) {
            return null;
        }
    }

    /** utime+stime (+ reaped children's) of the postmaster and the live time of its children, in ms. */
    private static long pgCpuMillis(long postmaster) throws Exception {
        long ticks = 0;
        String[] own = stat(postmaster);
        // after "x": [1]=state [2]=ppid ... utime is field 14 of stat, i.e. index 12 here
        ticks += Long.parseLong(own[12]) + Long.parseLong(own[13]) + Long.parseLong(own[14])
                + Long.parseLong(own[15]);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] st = stat(Long.parseLong(name));
                if (st != null && st.length > 14 && Long.parseLong(st[2]) == postmaster) {
                    ticks += Long.parseLong(st[12]) + Long.parseLong(st[13]);
                }
            }
        }
        return ticks * 10; // USER_HZ = 100
    }

    /** A data source that counts every statement execution (a batch once), by the SQL's first words. */
    private static final class Counting {
        private final DataSource target;
        private final Map<String, AtomicLong> kinds = new TreeMap<>();
        private final AtomicLong total = new AtomicLong();

        Counting(DataSource target) {
            this.target = target;
        }

        void reset() {
            synchronized (kinds) {
                kinds.clear();
            }
            total.set(0);
        }

        long total() {
            return total.get();
        }

        Map<String, Long> byKind() {
            Map<String, Long> out = new TreeMap<>();
            synchronized (kinds) {
                kinds.forEach((k, v) -> out.put(k, v.get()));
            }
            return out;
        }

        private void count(String sql, boolean batch) {
            String kind = (batch ? "[batch] " : "") + (sql == null ? "?" : sql.replaceAll("\\s+", " ")
                    .replaceAll("\\(.*", "").trim());
            if (kind.length() > 90) {
                kind = kind.substring(0, 90);
            }
            total.incrementAndGet();
            synchronized (kinds) {
                kinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            }
        }

        DataSource source() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, m, a) -> {
                        Object r = invoke(target, m, a);
                        return r instanceof Connection c ? connection(c) : r;
                    });
        }

        private Connection connection(Connection c) {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, m, a) -> {
                        Object r = invoke(c, m, a);
                        if (r instanceof Statement s) {
                            String sql = a != null && a.length > 0 && a[0] instanceof String q ? q : null;
                            return statement(s, sql);
                        }
                        return r;
                    });
        }

        private Object statement(Statement s, String prepared) {
            Class<?>[] types = s instanceof java.sql.CallableStatement
                    ? new Class<?>[] {java.sql.CallableStatement.class}
                    : s instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
                    : new Class<?>[] {Statement.class};
            String[] lastBatchSql = {null};
            InvocationHandler h = (proxy, m, a) -> {
                String name = m.getName();
                if (name.equals("addBatch") && a != null && a.length == 1 && a[0] instanceof String q) {
                    lastBatchSql[0] = q;
                } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                    count(prepared != null ? prepared : lastBatchSql[0], true);
                } else if (name.startsWith("execute")) {
                    count(a != null && a.length > 0 && a[0] instanceof String q ? q : prepared, false);
                }
                return invoke(s, m, a);
            };
            return Proxy.newProxyInstance(getClass().getClassLoader(), types, h);
        }

        private static Object invoke(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
            try {
                return m.invoke(target, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
