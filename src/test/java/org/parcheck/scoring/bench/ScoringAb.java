package org.parcheck.scoring.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A/B comparison of builds of the scoring engine on a shared, loaded machine: each build (a class path with its
 * main and test classes) gets its own class loader in ONE JVM, and they take turns scoring the visits of
 * {@link ScoringBenchmark} in 0.1 s slices, measured in CPU time of this thread (the collector's threads are not
 * counted). Other work on the machine then slows all of them alike. Prints, for each build after the first, the
 * median and quartiles of the ratio of its rate to the first build's rate in the same round (paired slices), then
 * the median and quartiles of visits per CPU-second per build. A build whose name ends in {@code +laid} scores the
 * visits laid out for the framework ({@code FrameworkAnswers}, D19), else as maps by code.
 *
 * <p>Run: {@code java -cp target/test-classes ScoringAb 60 old=<classes>:<test-classes>:<deps>
 * new+laid=<classes>:<test-classes>:<deps>} (the first argument is the duration in seconds).
 */
public final class ScoringAb {

    private static final int VISITS = 256;
    private static final long SLICE_NANOS = 100_000_000L;

    private ScoringAb() {
    }

    public static void main(String[] args) throws Throwable {
        int seconds = Integer.parseInt(args[0]);
        List<String> names = new ArrayList<>();
        List<Build> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] nameAndPath = args[i].split("=", 2);
            names.add(nameAndPath[0]);
            builds.add(new Build(nameAndPath[1], nameAndPath[0].endsWith("+laid")));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<List<Double>> rates = new ArrayList<>();
        builds.forEach(build -> rates.add(new ArrayList<>()));
        long start = System.nanoTime();
        long warmUp = start + Math.min(10, seconds / 3) * 1_000_000_000L;
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int b = 0; b < builds.size(); b++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                long visits = 0;
                while (System.nanoTime() - wall < SLICE_NANOS) {
                    builds.get(b).scoreAll();
                    visits += VISITS;
                }
                cpu = threads.getCurrentThreadCpuTime() - cpu;
                if (System.nanoTime() > warmUp) {
                    rates.get(b).add(visits * 1e9 / cpu);
                }
            }
        }
        for (int b = 1; b < builds.size(); b++) {
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rates.get(0).size() && r < rates.get(b).size(); r++) {
                ratios.add(rates.get(b).get(r) / rates.get(0).get(r));
            }
            Collections.sort(ratios);
            int n = ratios.size();
            System.out.printf(Locale.ROOT, "%-8s / %s: median ratio %.3f, quartiles %.3f–%.3f%n", names.get(b),
                    names.get(0), ratios.get(n / 2), ratios.get(n / 4), ratios.get(3 * n / 4));
        }
        for (int b = 0; b < builds.size(); b++) {
            List<Double> sorted = new ArrayList<>(rates.get(b));
            Collections.sort(sorted);
            int n = sorted.size();
            System.out.printf(Locale.ROOT, "%-8s median %.0f, quartiles %.0f–%.0f visits per CPU-second (%d slices)%n",
                    names.get(b), sorted.get(n / 2), sorted.get(n / 4), sorted.get(3 * n / 4), n);
        }
    }

    /** One build: the benchmark's framework and visits, scored through method handles. */
    private static final class Build {
        private final MethodHandle score;
        private final Object engine;
        private final Object compiled;
        private final Object[] visits = new Object[VISITS];

        Build(String classPath, boolean laidOut) throws Throwable {
            List<URL> urls = new ArrayList<>();
            for (String path : classPath.split(File.pathSeparator)) {
                urls.add(new File(path).toURI().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> engineType = loader.loadClass("org.parcheck.scoring.ScoringEngine");
            Class<?> frameworkType = loader.loadClass("org.parcheck.scoring.FrameworkDef");
            Class<?> compiledType = loader.loadClass("org.parcheck.scoring.CompiledFramework");
            Class<?> answersType = loader.loadClass("org.parcheck.scoring.VisitAnswers");
            Class<?> samples = loader.loadClass("org.parcheck.scoring.SampleFrameworks");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            engine = engineType.getConstructor().newInstance();
            Object framework = lookup.findStatic(samples, "generated", MethodType.methodType(frameworkType)).invoke();
            compiled = lookup.findVirtual(engineType, "compile", MethodType.methodType(compiledType, frameworkType))
                    .invoke(engine, framework);
            MethodHandle visit = lookup.findStatic(samples, "visit",
                    MethodType.methodType(answersType, frameworkType, Random.class, boolean.class));
            Random random = new Random(42);
            for (int i = 0; i < VISITS; i++) {
                visits[i] = visit.invoke(framework, random, i % 8 == 0);
            }
            Class<?> cardType = loader.loadClass("org.parcheck.scoring.ScoreCard");
            if (laidOut) {
                // answers laid out for the framework (D19); the compiled framework argument is ignored
                Class<?> laidType = loader.loadClass("org.parcheck.scoring.FrameworkAnswers");
                MethodHandle layOut = lookup.findStatic(samples, "laidOut",
                        MethodType.methodType(laidType, compiledType, answersType));
                for (int i = 0; i < VISITS; i++) {
                    visits[i] = layOut.invoke(compiled, visits[i]);
                }
                MethodHandle scoreLaid = lookup.findVirtual(engineType, "score",
                        MethodType.methodType(cardType, laidType));
                score = MethodHandles.dropArguments(scoreLaid, 1, compiledType).asType(
                        MethodType.methodType(Object.class, Object.class, Object.class, Object.class));
            } else {
                score = lookup.findVirtual(engineType, "score", MethodType.methodType(cardType, compiledType,
                        answersType)).asType(MethodType.methodType(Object.class, Object.class, Object.class,
                        Object.class));
            }
        }

        void scoreAll() throws Throwable {
            for (Object visit : visits) {
                if (score.invokeExact(engine, compiled, visit) == null) {
                    throw new IllegalStateException("no card");
                }
            }
        }
    }
}
