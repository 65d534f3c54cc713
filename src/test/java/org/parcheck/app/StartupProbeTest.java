package org.parcheck.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The start-up probe's CPU figure (#18 §2): the CPU time of the whole process, read from /proc on Linux. */
class StartupProbeTest {

    @Test
    void theCpuFigureIsThisProcesssAndGrowsWithWork() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        long before = StartupProbe.processCpuMillis();
        long threadStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long sink = 0;
        while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadStart < 100_000_000L) {
            sink += Long.numberOfTrailingZeros(System.nanoTime());
        }
        long after = StartupProbe.processCpuMillis();

        assertTrue(before > 0, "a running JVM has used CPU: " + before);
        // 100 ms of this thread's CPU, read in ticks of 10 ms
        assertTrue(after - before >= 80, before + " -> " + after + " (" + sink + ")");
    }
}
