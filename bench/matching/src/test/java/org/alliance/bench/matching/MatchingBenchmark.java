package org.alliance.bench.matching;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.matching.messaging.replica.ReplicaLoader;
import org.alliance.matching.domain.search.Catalog;
import org.alliance.matching.domain.search.EvaluationSet;
import org.alliance.matching.domain.search.MatchWeights;
import org.alliance.matching.domain.search.NaiveScan;
import org.alliance.matching.domain.search.Population;
import org.alliance.matching.domain.search.RankedStudio;
import org.alliance.testing.ProjectRoot;
import org.alliance.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Matching latency for one need at N studios, through the index and through a naive scan that
 * scores every studio, measured side by side in one run on the same catalog; then the time to
 * rebuild the replica of 100,000 studios from the registry topics (read, write to PostgreSQL,
 * index). Writes the report to bench/results/matching.txt.
 */
class MatchingBenchmark {

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int rebuild = Integer.parseInt(System.getProperty("bench.rebuild", "100000"));
        line("Matching benchmark, %s, %d cores, Java %s", java.time.Instant.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        line("One need = one of the %d labelled evaluation needs (Chinese title + description), top 10, loads drawn at random.",
                EvaluationSet.load().needs.size());
        line("");
        line("Wall = elapsed time; CPU = the matching thread's own CPU time, which other processes on a shared");
        line("machine cannot inflate (load average at start: %.1f on %d cores).", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        line("");
        line("%8s %7s | %-21s | %-21s | %-21s | %-21s | %-25s | %s", "studios", "build", "index wall p50 / p99",
                "index CPU p50 / p99", "naive wall p50 / p99", "naive CPU p50 / p99", "naive/index: wall, CPU", "same top 10");
        for (int n : sizes) {
            latency(n);
        }
        if (rebuild > 0) {
            line("");
            rebuild(rebuild);
        }
        Path out = ProjectRoot.find().resolve("bench/results/matching.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private void latency(int n) throws Exception {
        EvaluationSet set = EvaluationSet.load();
        Population.Generated population = Population.generate(n - set.studios.size(), 42L);
        long start = System.nanoTime();
        try (Catalog catalog = new Catalog(MatchWeights.defaults())) {
            set.enterpriseNames.forEach((id, name) -> catalog.putEnterprise(id, name, 1));
            population.enterprises().forEach(e -> catalog.putEnterprise(e.id(), e.name(), 1));
            set.links.forEach(l -> catalog.putLink(l, true, 1));
            population.links().forEach(l -> catalog.putLink(l, true, 1));
            set.studios.forEach(s -> catalog.putStudio(s, 1));
            population.studios().forEach(s -> catalog.putStudio(s, 1));
            catalog.compact(); // as the service does after its start-up load and after a rebuild
            long built = System.nanoTime() - start;
            Map<UUID, Integer> loads = new HashMap<>();
            Random random = new Random(7);
            catalog.studios().forEach(e -> loads.put(e.doc().id(), random.nextInt(8)));
            NaiveScan naive = new NaiveScan(catalog.engine().index(), catalog.engine().graph(), catalog.engine().weights());
            var needs = set.needs;
            int same = 0;
            for (var need : needs) {
                List<UUID> a = catalog.engine().match(need.query(), id -> loads.getOrDefault(id, 0)).stream().map(RankedStudio::studioId).toList();
                List<UUID> b = naive.match(need.query(), id -> loads.getOrDefault(id, 0)).stream().map(RankedStudio::studioId).toList();
                same += a.equals(b) ? 1 : 0;
            }
            int indexRounds = 100;
            int naiveRounds = n >= 100_000 ? 10 : n >= 10_000 ? 30 : 100;
            double[][] index = sample(needs.size(), indexRounds, 30, i -> () -> catalog.engine().match(needs.get(i).query(),
                    id -> loads.getOrDefault(id, 0)));
            double[][] scan = sample(needs.size(), naiveRounds, 3, i -> () -> naive.match(needs.get(i).query(),
                    id -> loads.getOrDefault(id, 0)));
            line("%8d %6.1fs | %8.3f / %8.3f ms | %8.3f / %8.3f ms | %8.2f / %8.2f ms | %8.2f / %8.2f ms | %8.1fx p50 %6.1fx p99 wall,"
                    + " %6.1fx p50 %6.1fx p99 CPU | %d/%d", catalog.studioCount(), built / 1e9,
                    pct(index[0], 50), pct(index[0], 99), pct(index[1], 50), pct(index[1], 99),
                    pct(scan[0], 50), pct(scan[0], 99), pct(scan[1], 50), pct(scan[1], 99),
                    pct(scan[0], 50) / pct(index[0], 50), pct(scan[0], 99) / pct(index[0], 99),
                    pct(scan[1], 50) / pct(index[1], 50), pct(scan[1], 99) / pct(index[1], 99), same, needs.size());
        }
    }

    /** Wall and thread-CPU latencies in ms (each sorted) of {@code rounds} passes over every need, after {@code warmup} passes. */
    private static double[][] sample(int needs, int rounds, int warmup,
            java.util.function.IntFunction<Supplier<List<RankedStudio>>> call) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < warmup; r++) {
            for (int i = 0; i < needs; i++) {
                call.apply(i).get();
            }
        }
        double[] wall = new double[needs * rounds];
        double[] cpu = new double[needs * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < needs; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                call.apply(i).get();
                wall[k] = (System.nanoTime() - t) / 1e6;
                cpu[k++] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void rebuild(int n) throws Exception {
        Population.Generated population = Population.generate(n, 99L);
        String bootstrap = org.alliance.testing.TestKafka.bootstrapServers();
        long t = System.nanoTime();
        try (RegistryPublisher publisher = new RegistryPublisher(bootstrap)) {
            publisher.publish(population);
        }
        line("Replica rebuild from the topics: %d studios, %d enterprises, %d supply links published in %.1fs (not timed below)",
                population.studios().size(), population.enterprises().size(), population.links().size(), (System.nanoTime() - t) / 1e9);
        TestPostgres.Server pg = TestPostgres.freshDatabase("matching_bench");
        Flyway.configure().dataSource(pg.jdbcUrl("matching_bench"), pg.user(), pg.password())
                .locations("classpath:db/migration").load().migrate();
        Vertx vertx = Vertx.vertx();
        PgPool pool = PgPool.pool(vertx, new PgConnectOptions().setHost(pg.host()).setPort(pg.port())
                .setDatabase(TestPostgres.physical("matching_bench")).setUser(pg.user()).setPassword(pg.password()), new PoolOptions().setMaxSize(4));
        try (Catalog catalog = new Catalog(MatchWeights.defaults())) {
            ReplicaLoader loader = new ReplicaLoader(pool, Map.of("bootstrap.servers", bootstrap), 1000, Duration.ofMinutes(5));
            ReplicaLoader.Result r = loader.rebuild(catalog);
            long rows = pool.query("SELECT count(*) FROM studio").execute().await().indefinitely().iterator().next().getLong(0);
            line("  read %d records %.1fs, then write %.1fs beside index %.1fs: total %.1fs (target 60s); studio rows %d, indexed %d",
                    r.records(), secs(r.read()), secs(r.write()), secs(r.index()), secs(r.total()), rows, catalog.studioCount());
        } finally {
            pool.close().await().indefinitely();
            vertx.close().await().indefinitely();
        }
    }

    private static double secs(Duration d) {
        return d.toNanos() / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
