import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application benchmark (bench/run application), run by bench/application/run with the service's
 * own libraries on the class path (PostgreSQL's JDBC driver): {@code prepare} makes an empty database;
 * {@code run} loads 20,000 replica studios and 100,000 past applications (with their projects) into
 * the running service's database, then measures, side by side in alternating phases of one run, the
 * submission of a prepared project-boost draft (every eligibility rule, the row change and its outbox
 * event) beside the plain insert of the same submitted row with its event through the same stack
 * (the bench build's baseline endpoint), and then the list of a union's applications.
 */
public class ApplicationBench {

    static final String[] DISTRICTS = {"110101", "110102", "110105", "110106", "110107", "110108", "110109", "110111",
            "110112", "110113", "110114", "110115", "110116", "110117", "110118", "110119"};

    final Map<String, String> opt = new HashMap<>(Map.of("studios", "20000", "past", "100000", "clients", "4",
            "rounds", "8", "per-round", "250", "warm", "200", "list-requests", "500", "list-clients", "2"));
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String url;
    String city;
    String district;

    public static void main(String[] args) throws Exception {
        ApplicationBench b = new ApplicationBench();
        for (int i = 1; i + 1 < args.length; i += 2) {
            b.opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (args[0].equals("prepare")) {
            b.prepare();
        } else {
            b.run();
        }
    }

    int n(String name) {
        return Integer.parseInt(opt.get(name));
    }

    Connection db(String name) throws Exception {
        String jdbc = opt.get("jdbc");
        return DriverManager.getConnection(name == null ? jdbc : jdbc.replaceFirst("/[^/]*$", "/" + name),
                opt.get("db-user"), opt.get("db-password"));
    }

    void prepare() throws Exception {
        String name = opt.get("jdbc").replaceFirst(".*/", "");
        try (Connection c = db("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    void run() throws Exception {
        url = opt.get("url");
        city = opt.get("city-token");
        district = opt.get("district-token");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        String current = call(projectCall(year, today.minusDays(30).toString(), today.plusDays(30).toString()));
        List<String> past = new ArrayList<>();
        for (int y = year - 5; y < year; y++) {
            past.add(call(projectCall(y, y + "-09-01", y + "-11-15")));
            past.add(call(patentCall(y, y + "-03-01", y + "-11-15")));
        }
        long t0 = System.nanoTime();
        List<UUID[]> pools = load(past);
        System.out.printf("loaded %,d studios and %,d past applications with their projects in %.1f s%n",
                n("studios"), n("past"), (System.nanoTime() - t0) / 1e9);
        try (Connection c = db(null); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT (SELECT count(*) FROM studio), (SELECT count(*) FROM application), (SELECT count(*) FROM project),"
                        + " (SELECT count(*) FROM project WHERE status <> 'ACCEPTED')")) {
            r.next();
            System.out.printf("replica: %,d studios; %,d applications, %,d projects (%,d not yet accepted)%n",
                    r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        }

        UUID[] submitters = pools.get(0);
        UUID[] plainStudios = pools.get(1);
        int per = n("per-round");
        int total = n("warm") + n("rounds") * per;
        if (total > submitters.length) {
            throw new IllegalStateException("only " + submitters.length + " studios may apply; lower --rounds or --per-round");
        }
        System.out.printf("drafting %,d project applications to submit%n", total);
        ConcurrentLinkedQueue<String> drafts = new ConcurrentLinkedQueue<>();
        parallel(n("clients"), total, i -> drafts.add(created(post("/api/v1/applications", form(current, year, submitters[i]), city, 201))));
        String[] draftIds = drafts.toArray(String[]::new);
        Map<UUID, String> regions = regions(plainStudios);

        Latencies sub = new Latencies();
        Latencies plain = new Latencies();
        int[] next = {0, 0};
        // warm both paths, then alternate equal phases so that both see the same host load
        phase(n("warm"), draftIds, next, null, null);
        plainPhase(n("warm"), current, year, plainStudios, regions, next, null);
        for (int round = 0; round < n("rounds"); round++) {
            phase(per, draftIds, next, sub, null);
            plainPhase(per, current, year, plainStudios, regions, next, plain);
        }
        System.out.printf("%nsubmission of a project boost (%d clients, %d rounds of %d each, alternating)%n", n("clients"), n("rounds"), per);
        System.out.println("  POST /api/v1/applications/{id}/submission: every rule (call open, region, form rules, studio locked:");
        System.out.println("    accredited, tier, not revoked; live applications in the call; unaccepted projects in any call),");
        System.out.println("    the row's change and its outbox event   " + sub);
        System.out.println("  plain insert of the same submitted row and its outbox event, no rule (baseline)   " + plain);
        System.out.printf("  ratio plain/submission: p50 %.2f, p99 %.2f (target >= 0.5)%n",
                plain.p(50) / sub.p(50), plain.p(99) / sub.p(99));

        System.out.printf("%nlist of a union's applications, GET /api/v1/applications?page=1&size=20 (%d requests, %d clients)%n",
                n("list-requests"), n("list-clients"));
        list("district union 110105", "/api/v1/applications?page=1&size=20", district);
        list("district union 110105, status=FUNDED", "/api/v1/applications?page=1&size=20&status=FUNDED", district);
        list("district union 110105, page 50", "/api/v1/applications?page=50&size=20", district);
        list("city union 110000 (every application)", "/api/v1/applications?page=1&size=20", city);
        System.out.println("  target: p99 < 20 ms");
    }

    void list(String label, String path, String token) throws Exception {
        for (int i = 0; i < 50; i++) {
            get(path, token);
        }
        Latencies l = new Latencies();
        parallel(n("list-clients"), n("list-requests"), i -> {
            long t = System.nanoTime();
            String body = get(path, token);
            l.add(System.nanoTime() - t);
            if (i == 0) {
                Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(body);
                System.out.printf("  %s: %s items in total%n", label, m.find() ? m.group(1) : "?");
            }
        });
        System.out.println("    " + l);
    }

    void phase(int count, String[] draftIds, int[] next, Latencies into, Object unused) throws Exception {
        int from = next[0];
        next[0] += count;
        parallel(n("clients"), count, i -> {
            long t = System.nanoTime();
            post("/api/v1/applications/" + draftIds[from + i] + "/submission", null, city, 200);
            if (into != null) {
                into.add(System.nanoTime() - t);
            }
        });
    }

    void plainPhase(int count, String call, int year, UUID[] studios, Map<UUID, String> regions, int[] next, Latencies into)
            throws Exception {
        int from = next[1];
        next[1] += count;
        parallel(n("clients"), count, i -> {
            UUID studio = studios[(from + i) % studios.length];
            String body = form(call, year, studio);
            long t = System.nanoTime();
            post("/bench/plain-applications?year=" + year + "&regionCode=" + regions.get(studio), body, city, 201);
            if (into != null) {
                into.add(System.nanoTime() - t);
            }
        });
    }

    /** Studios, then past applications in the past calls, then their projects; answers the two pools of eligible studios. */
    List<UUID[]> load(List<String> pastCalls) throws Exception {
        Random random = new Random(2026);
        String[] tiers = {"MUNICIPAL", "MUNICIPAL", "DISTRICT_BUREAU_GROUP", "DISTRICT_BUREAU_GROUP", "DISTRICT_BUREAU_GROUP"};
        List<UUID> eligible = new ArrayList<>();
        try (Connection c = db(null)) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO studio (id, name, enterprise_name, region_code, tier, status,"
                    + " version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, now())")) {
                for (int i = 0; i < n("studios"); i++) {
                    UUID id = UUID.randomUUID();
                    int roll = random.nextInt(100);
                    String status = roll < 3 ? "REVOKED" : roll < 8 ? "REGISTERED" : "ACCREDITED";
                    p.setObject(1, id);
                    p.setString(2, "第" + i + "号职工创新工作室");
                    p.setString(3, "北京第" + (i / 3) + "号企业有限公司");
                    p.setString(4, DISTRICTS[i % DISTRICTS.length]);
                    p.setString(5, tiers[i % tiers.length]);
                    p.setString(6, status);
                    p.addBatch();
                    if (status.equals("ACCREDITED")) {
                        eligible.add(id);
                    }
                    if (i % 1000 == 999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE past_call (n int, id uuid, kind text, year int)");
                for (int i = 0; i < pastCalls.size(); i++) {
                    s.execute("INSERT INTO past_call SELECT " + i + ", id, kind, year FROM funding_call WHERE id = '" + pastCalls.get(i) + "'");
                }
                s.execute("CREATE TEMP TABLE s AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, region_code FROM studio");
                // 70% project boosts of a studio, 30% patent boosts; mostly decided, some withdrawn or drafts
                s.execute("INSERT INTO application (id, call_id, kind, call_year, region_code, status, studio_id, enterprise_name,"
                        + " patent_number, patent_title, granted_on, inventor_name, member_card, frontline, use_in_production,"
                        + " title, technical_content, problem_solved, skills_training, industry_section, industry_division, approved_on,"
                        + " startup_funds_paid, planned_completion, filed_by, version, created_at, submitted_at, updated_at)"
                        + " SELECT gen_random_uuid(), pc.id, pc.kind, pc.year, s.region_code,"
                        + "  (ARRAY['FUNDED','NOT_FUNDED','NOT_FUNDED','WITHDRAWN','SUBMITTED','DRAFT'])[1 + g % 6], s.id, '北京企业',"
                        + "  CASE WHEN pc.kind = 'PATENT_BOOST' THEN 'ZL' || (201700000000 + g) || '.X' END,"
                        + "  CASE WHEN pc.kind = 'PATENT_BOOST' THEN '一种检测装置' END,"
                        + "  CASE WHEN pc.kind = 'PATENT_BOOST' THEN make_date(pc.year - 1, 6, 1) END,"
                        + "  CASE WHEN pc.kind = 'PATENT_BOOST' THEN '张工' END,"
                        + "  CASE WHEN pc.kind = 'PATENT_BOOST' THEN 'K' || g END,"
                        + "  CASE WHEN pc.kind = 'PATENT_BOOST' THEN true END,"
                        + "  CASE WHEN pc.kind = 'PATENT_BOOST' THEN '用于生产线' END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN '第' || g || '号创新项目' END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN '以机器视觉检测关键部件裂纹。' END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN '人工检测漏检率高。' END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN '培养检修骨干。' END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN 'G' END, CASE WHEN pc.kind = 'PROJECT_BOOST' THEN '54' END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN make_date(pc.year, 3, 10) END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN true END,"
                        + "  CASE WHEN pc.kind = 'PROJECT_BOOST' THEN make_date(pc.year + 1, 12, 31) END,"
                        + "  'bench', 0, ts, ts, ts"
                        + " FROM generate_series(0, " + (n("past") - 1) + ") g"
                        + " JOIN s ON s.n = (g * 7919) % " + n("studios")
                        + " JOIN past_call pc ON pc.n = CASE WHEN g % 10 < 7 THEN 2 * (g % 5) ELSE 2 * (g % 5) + 1 END"
                        + " CROSS JOIN LATERAL (SELECT make_timestamptz(pc.year, 10, 1, 0, 0, 0, 'Asia/Shanghai')"
                        + "   + (g % 40000) * interval '1 minute' AS ts) t");
                // a funded project boost became a project; most passed completion acceptance, the rest bar their studio
                s.execute("INSERT INTO project (id, application_id, call_id, studio_id, region_code, title, grade, amount_rmb,"
                        + " approved_on, due_on, status, accepted_on, decided_at, version, updated_at)"
                        + " SELECT gen_random_uuid(), a.id, a.call_id, a.studio_id, a.region_code, a.title, 'B', 50000, a.approved_on,"
                        + "  a.approved_on + interval '2 years',"
                        + "  CASE WHEN s.n % 50 = 8 THEN 'FUNDED' ELSE 'ACCEPTED' END,"
                        + "  CASE WHEN s.n % 50 = 8 THEN NULL ELSE a.approved_on + interval '20 months' END, a.created_at, 0, a.created_at"
                        + " FROM application a JOIN s ON s.id = a.studio_id WHERE a.kind = 'PROJECT_BOOST' AND a.status = 'FUNDED'");
                // the barred studios (s.n % 50 = 8) are those the pools leave out
                s.execute("CREATE TEMP TABLE barred AS SELECT DISTINCT studio_id FROM project WHERE status <> 'ACCEPTED'");
                try (ResultSet r = s.executeQuery("SELECT studio_id FROM barred")) {
                    List<UUID> barred = new ArrayList<>();
                    while (r.next()) {
                        barred.add((UUID) r.getObject(1));
                    }
                    eligible.removeAll(barred);
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE studio");
                s.execute("ANALYZE application");
                s.execute("ANALYZE project");
            }
        }
        // those that submit only pass every rule: no unaccepted project, eligible tier, accredited
        UUID[] all = eligible.toArray(UUID[]::new);
        int half = all.length / 2;
        return List.of(Arrays.copyOfRange(all, 0, half), Arrays.copyOfRange(all, half, all.length));
    }

    Map<UUID, String> regions(UUID[] studios) throws Exception {
        Map<UUID, String> regions = new HashMap<>();
        try (Connection c = db(null); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, region_code FROM studio")) {
            while (r.next()) {
                regions.put((UUID) r.getObject(1), r.getString(2));
            }
        }
        return regions;
    }

    String call(String body) throws Exception {
        String id = created(post("/api/v1/calls", body, city, 201));
        post("/api/v1/calls/" + id + "/publication", null, city, 200);
        return id;
    }

    static String projectCall(int year, String opensOn, String closesOn) {
        return """
            {"kind":"PROJECT_BOOST","year":%d,"title":"%d年北京市职工创新助推计划·创新项目助推","issuingUnion":"北京市总工会",
             "issuingRegion":"110000","opensOn":"%s","closesOn":"%s","budgetRmb":10000000,
             "amounts":[{"tier":"MUNICIPAL","grade":"A","amountRmb":100000},{"tier":"MUNICIPAL","grade":"B","amountRmb":50000},
                        {"tier":"DISTRICT_BUREAU_GROUP","amountRmb":30000}],
             "quotas":[{"regionCode":"110105","places":12}],
             "focusIndustries":[{"focus":"SMART_EQUIPMENT","divisions":["34","35","40"]}],
             "maxApplicationsPerStudio":2,"maxFundedPerStudio":1,"completionMonths":24,
             "eligibleTiers":["MUNICIPAL","DISTRICT_BUREAU_GROUP"]}""".formatted(year, year, opensOn, closesOn);
    }

    static String patentCall(int year, String opensOn, String closesOn) {
        return """
            {"kind":"PATENT_BOOST","year":%d,"title":"%d年北京市职工创新助推计划·职务发明专利助推","issuingUnion":"北京市总工会",
             "issuingRegion":"110000","opensOn":"%s","closesOn":"%s","budgetRmb":3000000,"amounts":[{"amountRmb":3000}],
             "maxApplicationsPerStudio":2,"maxFundedPerStudio":1,"completionMonths":24,
             "grantFrom":"%d-01-01","grantTo":"%d-12-31"}""".formatted(year, year, opensOn, closesOn, year - 1, year - 1);
    }

    static String form(String call, int year, UUID studio) {
        return """
            {"callId":"%s","studioId":"%s","enterpriseName":"北京市地铁运营有限公司","project":{
             "title":"地铁车辆转向架智能检测平台","technicalContent":"以机器视觉和振动分析检测转向架关键部件裂纹与松动。",
             "problemSolved":"人工检测漏检率高、耗时长。","skillsTraining":"培养掌握视觉检测技术的检修骨干二十名。",
             "industrySection":"G","industryDivision":"54","approvedOn":"%d-03-10","startupFundsPaid":true,
             "plannedCompletion":"%d-12-31"}}""".formatted(call, studio, year, year + 1);
    }

    String post(String path, String body, String token, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        b = body == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    String get(String path, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String created(String body) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    interface Task {
        void run(int i) throws Exception;
    }

    static void parallel(int clients, int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static final class Latencies {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

        void add(long n) {
            nanos.add(n);
        }

        double p(double percentile) {
            long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return s[(int) Math.min(s.length - 1, Math.ceil(percentile / 100 * s.length) - 1)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("n=%d p50 %.2f ms, p90 %.2f ms, p99 %.2f ms", nanos.size(), p(50), p(90), p(99));
        }
    }
}
