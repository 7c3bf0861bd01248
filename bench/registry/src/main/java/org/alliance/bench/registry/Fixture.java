package org.alliance.bench.registry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.registry.synthetic.StudioGenerator;
import org.alliance.registry.synthetic.SyntheticStudio;
import org.postgresql.PGConnection;

/**
 * Loads N synthetic studios (and their enterprises) into the benchmark's own database with COPY.
 * The registry's API would take far too long for 100,000 rows on a small machine (each row is a
 * transaction with its events), and the benchmark measures reads, so the fixture goes straight into
 * the tables the service migrated, with ids derived from the seed. A run that finds the same fixture
 * (same seed and count, recorded in bench_fixture) reuses it.
 */
final class Fixture {

    private Fixture() {
    }

    /** Creates the database when missing (UTF8, from template0, as deploy/local does). */
    static void ensureDatabase(String jdbcUrl, String user, String password) throws SQLException {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        if (!database.matches("[a-z0-9_]*bench[a-z0-9_]*")) {
            throw new IllegalArgumentException("refusing database " + database + ": the benchmark truncates its tables, use a *bench* database");
        }
        String admin = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement st = c.createStatement()) {
            ResultSet r = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!r.next()) {
                st.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    static void load(Connection c, long seed, int studios) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_fixture (seed BIGINT NOT NULL, studios INT NOT NULL)");
            ResultSet r = st.executeQuery("SELECT (SELECT count(*) FROM bench_fixture WHERE seed = " + seed + " AND studios = " + studios
                    + "), (SELECT count(*) FROM studio)");
            r.next();
            if (r.getInt(1) == 1 && r.getLong(2) == studios) {
                System.out.printf("fixture: %,d studios (seed %d) already loaded%n", studios, seed);
                settle(st);
                return;
            }
            long start = System.nanoTime();
            st.execute("TRUNCATE studio_accreditation, supply_link, studio, enterprise, bench_fixture");
            StringBuilder enterprises = new StringBuilder();
            StringBuilder rows = new StringBuilder();
            Set<Integer> written = new HashSet<>();
            PGConnection pg = c.unwrap(PGConnection.class);
            int n = 0;
            for (SyntheticStudio s : (Iterable<SyntheticStudio>) StudioGenerator.stream(seed).limit(studios)::iterator) {
                SyntheticStudio.Enterprise e = s.enterprise();
                UUID enterpriseId = uuid(seed, "enterprise", e.index());
                if (written.add(e.index())) {
                    csv(enterprises, enterpriseId, e.name(), e.creditCode(), e.ownership(), e.section(), e.division(), e.regionCode(),
                            1, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
                }
                csv(rows, studioRow(seed, n++, s, enterpriseId).toArray());
                if (n % 10_000 == 0 || n == studios) {
                    copy(pg, "enterprise (id, name, unified_social_credit_code, ownership, industry_section, industry_division,"
                            + " region_code, version, created_at, updated_at)", enterprises);
                    copy(pg, "studio (id, name, enterprise_id, enterprise_name, region_code, industry_section, industry_division,"
                            + " tier, leader_name, leader_honours, team_size, focus_industries, capabilities_summary, capability_keywords,"
                            + " has_model_worker_lead, has_team, has_venue, has_equipment, has_rules, has_funding, has_results, status,"
                            + " accreditation_tier, accredited_by, accredited_on, re_review_due, revocation_reason, revoked_on,"
                            + " contact_person, contact_phone, contact_email, version, created_at, updated_at)", rows);
                    System.out.printf("fixture: %,d of %,d studios%n", n, studios);
                }
            }
            st.execute("INSERT INTO bench_fixture VALUES (" + seed + ", " + studios + ")");
            settle(st);
            System.out.printf("fixture: %,d studios in %,d enterprises loaded in %.0f s%n", studios, written.size(),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Brings the tables to the state autovacuum keeps a live database in: statistics current and the
     * visibility map set. Right after COPY it is not, and every count would read the whole heap
     * instead of an index (index-only scans need the visibility map), which no running service sees.
     */
    private static void settle(Statement st) throws SQLException {
        st.execute("VACUUM (ANALYZE) enterprise");
        st.execute("VACUUM (ANALYZE) studio");
    }

    /**
     * The studio's columns. Demonstration tiers are accredited (as they are by definition); of the
     * others one in six, so that the status filter selects a realistic minority.
     */
    private static List<Object> studioRow(long seed, int n, SyntheticStudio s, UUID enterpriseId) {
        SyntheticStudio.Enterprise e = s.enterprise();
        boolean accredited = s.tier().endsWith("DEMONSTRATION") || n % 6 == 0;
        LocalDate on = LocalDate.of(2019, 1, 1).plusDays(n % 2000);
        List<Object> row = new ArrayList<>();
        row.add(uuid(seed, "studio", n));
        row.add(s.name());
        row.add(enterpriseId);
        row.add(e.name());
        row.add(e.regionCode());
        row.add(e.section());
        row.add(e.division());
        row.add(s.tier());
        row.add(s.leader());
        row.add(array(s.honours()));
        row.add(s.teamSize());
        row.add(array(s.focusIndustries()));
        row.add(s.summary());
        row.add(array(s.keywords()));
        for (boolean b : s.sevenHaves()) {
            row.add(b);
        }
        row.add(accredited ? "ACCREDITED" : "REGISTERED");
        row.add(accredited ? s.tier() : null);
        row.add(accredited ? e.regionCode().substring(0, 2) + "0000" : null);
        row.add(accredited ? on : null);
        row.add(accredited ? on.plusYears(5) : null);
        row.add(null);
        row.add(null);
        row.add(s.contactPerson());
        row.add(s.contactPhone());
        row.add(s.contactEmail());
        row.add(1);
        row.add("2024-01-01T00:00:00Z");
        row.add("2024-01-01T00:00:00Z");
        return row;
    }

    static UUID uuid(long seed, String kind, int n) {
        return UUID.nameUUIDFromBytes(("bench/" + seed + "/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8));
    }

    /** A PostgreSQL array literal with every element quoted: {"焊接","装甲钢"}. */
    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v != null) {
                String s = v.toString();
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static void copy(PGConnection pg, String table, StringBuilder rows) throws SQLException, IOException {
        if (rows.length() > 0) {
            pg.getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }
}
