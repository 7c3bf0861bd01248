package org.alliance.bench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.review.domain.assignment.Assigner;
import org.alliance.review.domain.assignment.CaseAssignment;
import org.alliance.review.domain.assignment.ConflictReason;
import org.alliance.review.domain.assignment.EnterpriseRelations;
import org.junit.jupiter.api.Test;

/**
 * Expert assignment with conflict-of-interest checks for 2,000 applications and 500 experts over 100,000
 * studios' supply links: the service's rules ({@link Assigner} over {@link EnterpriseRelations}, the links
 * indexed once for the applicants) beside {@link NaiveAssigner}, alternating in one JVM, same inputs.
 */
class AssignmentBenchmark {

    static final int STUDIOS = Integer.getInteger("bench.studios", 100_000);
    static final int APPLICATIONS = Integer.getInteger("bench.applications", 2_000);
    static final int EXPERTS = Integer.getInteger("bench.experts", 500);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final int PER_CASE = 3;

    record Timing(double wallMs, double cpuMs) {
    }

    @Test
    void assignment() throws IOException {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long built = System.nanoTime();
        AssignmentPopulation p = new AssignmentPopulation(STUDIOS, APPLICATIONS, EXPERTS, 20261206L);
        double buildS = (System.nanoTime() - built) / 1e9;

        Supplier<List<CaseAssignment>> indexed = () -> {
            Set<UUID> applicants = new HashSet<>();
            p.cases.forEach(c -> applicants.add(c.enterpriseId()));
            EnterpriseRelations relations = EnterpriseRelations.of(applicants, p.links, p.groups);
            return Assigner.assign(p.cases, p.experts, PER_CASE, new HashMap<>(), Map.of(), relations);
        };
        Supplier<List<CaseAssignment>> naive = () -> NaiveAssigner.assign(p.cases, p.experts, PER_CASE, p.links, p.groups);

        List<CaseAssignment> fast = indexed.get();
        List<CaseAssignment> slow = naive.get();
        assertEquals(fast, slow, "the naive version must choose exactly what the service's does");

        List<Timing> fastTimes = new ArrayList<>();
        List<Timing> slowTimes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            fastTimes.add(time(indexed));
            slowTimes.add(time(naive));
        }
        Timing f = median(fastTimes);
        Timing s = median(slowTimes);

        Map<ConflictReason, Integer> reasons = new EnumMap<>(ConflictReason.class);
        Map<UUID, Integer> loads = new HashMap<>();
        int unfilled = 0;
        for (CaseAssignment a : fast) {
            a.conflicts().forEach(c -> reasons.merge(c.reason(), 1, Integer::sum));
            a.chosen().forEach(c -> loads.merge(c.expertId(), 1, Integer::sum));
            unfilled += a.missing();
        }
        Map<UUID, Integer> max = new HashMap<>();
        p.experts.forEach(e -> max.put(e.id(), e.maxCasesPerCall()));
        long overMax = loads.entrySet().stream().filter(e -> e.getValue() > max.get(e.getKey())).count();
        int[] spread = loads.values().stream().mapToInt(Integer::intValue).sorted().toArray();

        StringBuilder out = new StringBuilder();
        out.append("Review benchmark: expert assignment, ").append(Instant.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append('\n');
        out.append("%d applications (signed-off project cases), %d experts (N = %d each), %d studios over %d enterprises, %d supply links, %d enterprises in groups (made in %.1fs, not timed)%n"
                .formatted(APPLICATIONS, EXPERTS, PER_CASE, STUDIOS, p.enterprises.size(), p.links.size(), p.groups.size(), buildS));
        out.append("Median of %d runs each, alternating; wall = elapsed, CPU = the thread's own time (load average at start: %.1f).%n%n"
                .formatted(RUNS, load));
        out.append("                      wall ms     CPU ms\n");
        out.append("  service (indexed) %9.1f  %9.1f   (target: under 5000 ms)%n".formatted(f.wallMs, f.cpuMs));
        out.append("  naive             %9.1f  %9.1f%n".formatted(s.wallMs, s.cpuMs));
        out.append("  naive / service   %8.1fx  %8.1fx  (target: at least 10x)%n".formatted(s.wallMs / f.wallMs, s.cpuMs / f.cpuMs));
        out.append("  same assignment: yes (every case's experts, relevance, loads and conflicts equal)\n\n");
        out.append("Conflicts excluded: ").append(reasons).append('\n');
        out.append("Places unfilled: %d of %d; experts used %d of %d, cases each min %d / median %d / max %d, over their most per call: %d%n"
                .formatted(unfilled, APPLICATIONS * PER_CASE, loads.size(), EXPERTS, spread[0], spread[spread.length / 2],
                        spread[spread.length - 1], overMax));
        System.out.println(out);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("review-assignment.txt"), out.toString(), StandardCharsets.UTF_8);
    }

    private static Timing time(Supplier<List<CaseAssignment>> run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        List<CaseAssignment> result = run.get();
        Timing t = new Timing((System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        if (result.size() != APPLICATIONS) {
            throw new AssertionError("every case is assigned");
        }
        return t;
    }

    private static Timing median(List<Timing> times) {
        double[] wall = times.stream().mapToDouble(Timing::wallMs).sorted().toArray();
        double[] cpu = times.stream().mapToDouble(Timing::cpuMs).sorted().toArray();
        return new Timing(wall[wall.length / 2], cpu[cpu.length / 2]);
    }

}
