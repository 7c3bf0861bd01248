package org.alliance.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine's cores were since the last {@link #summary}, how much of that was this JVM
 * (writers, relay, consumer and the raw clients), and how long its JIT compilers worked; the rest is
 * PostgreSQL, the broker and whatever else runs. Near saturation every hop of the pipeline waits for
 * a core, which is what lifts its p99 well above that of the single hop of the raw round trip.
 */
final class CpuUse {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private long[] machine = machineTicks();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private long jvmNanos = os.getProcessCpuTime();
    private long jitMillis = jit.getTotalCompilationTime();
    private long wallNanos = System.nanoTime();

    /** "cores x% busy, this JVM y%, JIT z%" since the last call, which starts the next interval. */
    String summary() {
        long[] nowMachine = machineTicks();
        long nowJvm = os.getProcessCpuTime();
        long nowJit = jit.getTotalCompilationTime();
        long nowWall = System.nanoTime();
        long total = nowMachine[0] - machine[0];
        double busy = total == 0 ? 0 : 100.0 * (total - (nowMachine[1] - machine[1])) / total;
        double jvm = percentOfCores(nowJvm - jvmNanos, nowWall - wallNanos);
        double compiling = percentOfCores((nowJit - jitMillis) * 1_000_000, nowWall - wallNanos);
        machine = nowMachine;
        jvmNanos = nowJvm;
        jitMillis = nowJit;
        wallNanos = nowWall;
        return String.format("cores %.0f%% busy, this JVM %.0f%% (JIT compilers %.0f%%)", busy, jvm, compiling);
    }

    /** Percent of the cores the JIT compilers took since {@code sinceMillis} ({@link #jitMillis()}), over {@code overNanos}. */
    double jitShare(long sinceMillis, long overNanos) {
        return percentOfCores((jit.getTotalCompilationTime() - sinceMillis) * 1_000_000, overNanos);
    }

    private double percentOfCores(long busyNanos, long wallNanos) {
        return 100.0 * busyNanos / ((double) wallNanos * cores);
    }

    long jitMillis() {
        return jit.getTotalCompilationTime();
    }

    /** {total, idle + iowait} jiffies from the first line of /proc/stat; zeros where there is none. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) { // user .. steal; guest time is already in user
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
