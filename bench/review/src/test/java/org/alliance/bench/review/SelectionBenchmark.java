package org.alliance.bench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.review.domain.selection.CallRules;
import org.alliance.review.domain.selection.Candidate;
import org.alliance.review.domain.selection.Decision;
import org.alliance.review.domain.selection.Reason;
import org.alliance.review.domain.selection.Selection;
import org.alliance.review.domain.selection.SelectionResult;
import org.junit.jupiter.api.Test;

/**
 * The decision of one call of 10,000 applications: the service's {@link Selection} beside
 * {@link NaiveSelection}, alternating in one JVM on the same applications, which must decide the same.
 */
class SelectionBenchmark {

    static final int APPLICATIONS = Integer.getInteger("bench.selection.applications", 10_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);

    /** Beijing's districts (GB/T 2260): applications come from all of them. */
    static final String[] DISTRICTS = {"110101", "110102", "110105", "110106", "110107", "110108", "110109", "110111",
        "110112", "110113", "110114", "110115", "110116", "110117", "110118", "110119"};

    @Test
    void selection() throws IOException {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CallRules call = call(APPLICATIONS);
        List<Candidate> apps = applications(APPLICATIONS, new Random(20261206L));

        SelectionResult fast = Selection.select(call, apps);
        SelectionResult slow = NaiveSelection.select(call, apps);
        assertEquals(fast, slow, "the naive version must decide exactly what the service's does");
        for (int i = 0; i < 5; i++) {
            Selection.select(call, apps);
        }
        double[][] service = new double[2][RUNS];
        double[][] naive = new double[2][RUNS];
        for (int r = 0; r < RUNS; r++) {
            time(threads, () -> Selection.select(call, apps), service, r);
            time(threads, () -> NaiveSelection.select(call, apps), naive, r);
        }
        double sw = median(service[0]);
        double sc = median(service[1]);
        double nw = median(naive[0]);
        double nc = median(naive[1]);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        for (Decision d : fast.decisions()) {
            reasons.merge(d.reason(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append("Review benchmark: selection, ").append(Instant.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append('\n');
        out.append(String.format("One project call of %d applications from %d districts (about 0.7 per studio; 40 %% municipal, graded"
                + " A/B at 85, minimum 60; %d places in each of %d districts; every district's best 2 first; budget %d RMB);%n",
                APPLICATIONS, DISTRICTS.length, call.quotas().get(0).places(), call.quotas().size(), call.budgetRmb()));
        out.append("scores 40.0-100.0 in tenths and submissions in whole minutes, so ties are common; 2 % rejected, 1 % not signed off.\n");
        out.append(String.format("Median of %d runs each, alternating; wall = elapsed, CPU = the thread's own time (load average at start: %.1f).%n%n",
                RUNS, load));
        out.append("                      wall ms     CPU ms\n");
        out.append(String.format("  service (sorted)  %9.1f  %9.1f   (target: under 5000 ms)%n", sw, sc));
        out.append(String.format("  naive             %9.1f  %9.1f%n", nw, nc));
        out.append(String.format("  naive / service   %8.1fx  %8.1fx  (target: at least 10x)%n", nw / sw, nc / sc));
        out.append("  same decisions: yes (every application's decision, grade, amount, reason and rank equal)\n\n");
        out.append(String.format("Funded %d for %d of %d RMB; decisions by reason: %s%n", fast.funded(), fast.fundedRmb(),
                call.budgetRmb(), reasons));
        Path report = Path.of("target", "review-selection.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        System.out.print(out);
    }

    static void time(ThreadMXBean threads, Supplier<SelectionResult> work, double[][] into, int run) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.get();
        into[0][run] = (System.nanoTime() - t0) / 1e6;
        into[1][run] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Beijing's 2021 project call scaled to n applications: a budget of 10,000 RMB per application, quotas in half the districts. */
    static CallRules call(int n) {
        List<CallRules.Quota> quotas = new ArrayList<>();
        for (int i = 0; i < DISTRICTS.length; i += 2) {
            quotas.add(new CallRules.Quota(DISTRICTS[i], Math.max(1, n / 200)));
        }
        return new CallRules(UUID.nameUUIDFromBytes(("call" + n).getBytes(StandardCharsets.UTF_8)), CallRules.Kind.PROJECT_BOOST,
                "110000", n * 10_000L,
                List.of(new CallRules.Amount("MUNICIPAL", "A", 100_000), new CallRules.Amount("MUNICIPAL", "B", 50_000),
                        new CallRules.Amount("DISTRICT_BUREAU_GROUP", null, 30_000)),
                quotas, 1, new BigDecimal("60"), new BigDecimal("85"), 2, null);
    }

    /**
     * n applications from about 0.7 n studios (some file two), 40 % municipal, scores 40.0-100.0 in
     * tenths, submissions over 76 days in whole minutes, 2 % rejected at a sign-off and 1 % not signed
     * off when the review closes.
     */
    static List<Candidate> applications(int n, Random random) {
        int studios = Math.max(1, n * 7 / 10);
        UUID[] studio = new UUID[studios];
        String[] region = new String[studios];
        String[] tier = new String[studios];
        for (int s = 0; s < studios; s++) {
            studio[s] = new UUID(random.nextLong(), random.nextLong());
            region[s] = DISTRICTS[random.nextInt(DISTRICTS.length)];
            tier[s] = random.nextInt(10) < 4 ? "MUNICIPAL" : "DISTRICT_BUREAU_GROUP";
        }
        Instant opens = Instant.parse("2021-09-01T00:00:00Z");
        List<Candidate> apps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int s = random.nextInt(studios);
            int roll = random.nextInt(100);
            Candidate.Standing standing = roll < 2 ? Candidate.Standing.REJECTED
                    : roll < 3 ? Candidate.Standing.PENDING : Candidate.Standing.SIGNED_OFF;
            BigDecimal score = standing == Candidate.Standing.SIGNED_OFF ? BigDecimal.valueOf(400 + random.nextInt(601), 1) : null;
            apps.add(new Candidate(new UUID(random.nextLong(), random.nextLong()), studio[s], region[s], tier[s], standing, score,
                    opens.plusSeconds(60L * random.nextInt(76 * 24 * 60))));
        }
        return apps;
    }
}
