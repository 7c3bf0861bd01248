package org.alliance.bench.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.alliance.testing.TestTokens;

/**
 * The registry benchmark, run by {@code bench/run registry} against a registry it started on
 * loopback with its own database:
 * <ol>
 * <li>{@code GET /api/v1/studios/{id}} (Hibernate Reactive) and {@code GET /api/v1/baseline/studios/{id}}
 * (the same SELECT through the plain reactive client, same JSON) in alternating rounds of the same
 * length and concurrency, so both see the same machine; requests/s, p50, p99 and the ratio
 * (target: ORM at least 0.6 of the baseline);</li>
 * <li>the studio list with its filters over {@code --studios} studios (100,000 by default): p50 and
 * p99 per query (target: p99 under 20 ms).</li>
 * </ol>
 * Usage: {@code RegistryBench prepare|run --url U --jdbc J [--db-user U] [--db-password P] [options]}
 */
public final class RegistryBench {

    static final double RATIO_TARGET = 0.6;
    static final double LIST_P99_TARGET_MS = 20;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String jdbc = o.get("jdbc");
        String user = o.getOrDefault("db-user", "postgres");
        String password = o.getOrDefault("db-password", "");
        if ("prepare".equals(args[0])) {
            Fixture.ensureDatabase(jdbc, user, password);
            return;
        }
        int studios = Integer.parseInt(o.getOrDefault("studios", "100000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "2026"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "16"));
        Duration round = Duration.ofSeconds(Long.parseLong(o.getOrDefault("round-seconds", "5")));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "10"));
        int warmRounds = Integer.parseInt(o.getOrDefault("warm-rounds", "6"));
        int listRequests = Integer.parseInt(o.getOrDefault("list-requests", "400"));
        int listClients = Integer.parseInt(o.getOrDefault("list-clients", "2"));

        String[] ids;
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            Fixture.load(c, seed, studios);
            ids = ids(c);
        }
        Load load = new Load(o.get("url"), TestTokens.operator());
        SplittableRandom random = new SplittableRandom(seed);
        String[] order = new String[1 << 20];
        for (int i = 0; i < order.length; i++) {
            order[i] = ids[random.nextInt(ids.length)];
        }

        System.out.printf("%nGET one studio by id: %d clients, %d alternating rounds of %d s each, %,d studios%n",
                clients, rounds, round.toSeconds(), ids.length);
        String orm = "/api/v1/studios/";
        String baseline = "/api/v1/baseline/studios/";
        // discarded alternating rounds first: the ORM path has more code for the JIT to compile, and on
        // a busy machine that takes long; measured rounds must not still be paying for it
        for (int w = 0; w < warmRounds; w++) {
            load.run(clients, round, 1_000_000, i -> orm + order[i % order.length]);
            load.run(clients, round, 1_000_000, i -> baseline + order[i % order.length]);
        }
        Latencies ormAll = new Latencies();
        Latencies baseAll = new Latencies();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int offset = r * 100_003;
            // alternate which goes first, so neither always meets the warmer machine
            boolean ormFirst = r % 2 == 0;
            Latencies first = load.run(clients, round, 1_000_000, i -> (ormFirst ? orm : baseline) + order[(offset + i) % order.length]);
            Latencies second = load.run(clients, round, 1_000_000, i -> (ormFirst ? baseline : orm) + order[(offset + i) % order.length]);
            (ormFirst ? ormAll : baseAll).addAll(first);
            (ormFirst ? baseAll : ormAll).addAll(second);
            double ormRate = (ormFirst ? first : second).perSecond();
            double baseRate = (ormFirst ? second : first).perSecond();
            ratios.add(ormRate / baseRate);
            System.out.printf("  round %2d: ORM %,6.0f req/s, baseline %,6.0f req/s, ratio %.2f%n", r + 1, ormRate, baseRate,
                    ormRate / baseRate);
        }
        row("GET /api/v1/studios/{id} (Hibernate Reactive)", ormAll);
        row("GET /api/v1/baseline/studios/{id} (plain client)", baseAll);
        // the median of the paired rounds: each pair ran back to back, so a load change on a shared
        // machine moves both sides of a pair and drops out of its ratio; the overall ratio does not
        ratios.sort(null);
        double median = ratios.size() % 2 == 1 ? ratios.get(ratios.size() / 2)
                : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2;
        System.out.printf("  ratio ORM / baseline: median of %d paired rounds %.2f, overall %.2f (target >= %.1f): %s%n",
                ratios.size(), median, ormAll.perSecond() / baseAll.perSecond(), RATIO_TARGET,
                median >= RATIO_TARGET ? "MET" : "NOT MET");

        System.out.printf("%nStudio lists (page size 20, total counted exactly up to 1,000 rows past the page, 100 with text) over %,d studios: %d clients, %d requests per query%n",
                ids.length, listClients, listRequests);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("all, first page", "/api/v1/studios?size=20");
        queries.put("page 50", "/api/v1/studios?size=20&page=50");
        queries.put("province 340000", "/api/v1/studios?region=340000");
        queries.put("city 150200", "/api/v1/studios?region=150200");
        queries.put("tier MUNICIPAL", "/api/v1/studios?tier=MUNICIPAL");
        queries.put("industry C", "/api/v1/studios?industry=C");
        queries.put("industry 44", "/api/v1/studios?industry=44");
        queries.put("status ACCREDITED", "/api/v1/studios?status=ACCREDITED");
        queries.put("text 焊接", "/api/v1/studios?text=" + enc("焊接"));
        queries.put("text 锅炉防磨", "/api/v1/studios?text=" + enc("锅炉防磨"));
        queries.put("420000 + D + ACCREDITED", "/api/v1/studios?region=420000&industry=D&status=ACCREDITED");
        queries.put("330000 + text 电池管理", "/api/v1/studios?region=330000&text=" + enc("电池管理"));
        List<String> all = List.copyOf(queries.values());
        // the list paths (native page statements, text terms, twenty entities per answer) are not the
        // GET's, and like the GET rounds the measured queries must not be paying for their compilation:
        // a freshly started registry spends several times the CPU per list request of a warm one over
        // its first couple of thousand (bench/results/registry-2026-11-22-list-plans.md)
        load.run(listClients, Duration.ofSeconds(90), 300 * all.size(), i -> all.get(i % all.size()));
        double worst = 0;
        for (Map.Entry<String, String> q : queries.entrySet()) {
            load.run(listClients, Duration.ofSeconds(30), 40, i -> q.getValue());
            Latencies l = load.run(listClients, Duration.ofSeconds(60), listRequests, i -> q.getValue());
            row(q.getKey(), l);
            worst = Math.max(worst, l.percentileMillis(99));
        }
        System.out.printf("  worst list p99 = %.1f ms (target < %.0f ms): %s%n", worst, LIST_P99_TARGET_MS,
                worst < LIST_P99_TARGET_MS ? "MET" : "NOT MET");
    }

    private static void row(String what, Latencies l) {
        System.out.printf("  %-50s %,9d req %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms%s%n", what, l.count(), l.perSecond(),
                l.percentileMillis(50), l.percentileMillis(99), l.errors() == 0 ? "" : "  ERRORS: " + l.errors());
        if (l.errors() > 0) {
            throw new IllegalStateException(what + ": " + l.errors() + " requests failed; figures would be meaningless");
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String[] ids(Connection c) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT id FROM studio ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids.toArray(String[]::new);
    }

    private static Map<String, String> options(String[] args) {
        if (args.length == 0 || !(args[0].equals("prepare") || args[0].equals("run"))) {
            throw new IllegalArgumentException("usage: RegistryBench prepare|run --url URL --jdbc JDBC_URL [--name value ...]");
        }
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
