package org.alliance.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.alliance.testing.ProjectRoot;
import org.alliance.testing.TestPostgres;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Tries a service as a hostile client would, from its committed OpenAPI document
 * (contracts/openapi/&lt;service&gt;.yaml): for every operation, requests that break the contract in
 * each way a client can (see {@link Cases}) and requests that keep to it. A broken request must be
 * refused with a 4xx problem+json whose {@code status} is the response's, whose {@code type} is a
 * stable URN, which names the field or parameter at fault and whose status the document lists, and
 * it must change nothing in the service's tables. No request may be answered 5xx, and a valid one
 * is not refused for its shape.
 *
 * <p>The generator is seeded: {@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.valid=N} sets how
 * many valid requests each operation gets. Each run prints how many requests it sent and how long
 * they took.
 */
public abstract class ContractFuzzTests {

    /** Refusals that say a request broke the contract's shape. */
    private static final Set<Integer> SHAPE_REFUSALS = Set.of(400, 406, 413, 414, 415, 431);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL api;

    /** The service's name, as its contract file is named: "registry-service". */
    protected abstract String service();

    /** The logical name of its test database: "registry_test". */
    protected abstract String database();

    /** The bearer token a request to {@code op} carries: by default an operator's, who may call everything. */
    protected String token(Contract.Operation op) {
        return TestTokens.operator();
    }

    /**
     * A body {@code op} accepts, for valid requests and as the base every field violation alters.
     * By default drawn from the schema; a service overrides it where its rules need more than the
     * schema says (a check digit, an existing record).
     */
    protected JsonNode goodBody(Contract.Operation op, Random random) {
        return new Values(contract(), random).of(op.bodySchema(), 0);
    }

    /** A good value of a parameter, or null to draw it from the schema. */
    protected String goodParameter(Contract.Operation op, Contract.Parameter parameter) {
        return null;
    }

    /**
     * The file an upload to {@code op} carries: the {@code file} part of a multipart body, or the
     * whole body of one that takes the file itself (a PDF whose bytes must be a PDF).
     */
    protected byte[] goodUpload(Contract.Operation op) {
        return "x".getBytes(StandardCharsets.UTF_8);
    }

    /** Whether to try {@code op} at all (an operation that starts long background work may be left out). */
    protected boolean fuzzes(Contract.Operation op) {
        return true;
    }

    /** How many valid requests {@code op} gets (0 for one whose work would outlast the test). */
    protected int validRequests(Contract.Operation op) {
        return Integer.getInteger("fuzz.valid", 5);
    }

    /** The body limit of {@code path} as configured (alliance.http.limits). */
    protected long bodyLimit(String path) {
        return 256 * 1024;
    }

    /**
     * The tables whose content a refused request must leave as it was: by default every table of the
     * service's database but Flyway's history.
     */
    protected List<String> checkedTables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = TestPostgres.server().connect(database()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                        + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'"
                        + " AND table_name <> 'flyway_schema_history' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    private Contract contract;

    protected final Contract contract() {
        if (contract == null) {
            try {
                contract = Contract.read(ProjectRoot.find().resolve("contracts/openapi/" + service() + ".yaml"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return contract;
    }

    private static long seed() {
        return Long.getLong("fuzz.seed", 20_261_206L);
    }

    @Test
    void violatingRequestsAreRefusedAsProblemsAndChangeNothing() throws Exception {
        Random random = new Random(seed());
        Cases cases = new Cases(contract(), random, this::goodBody, this::goodParameter, this::goodUpload);
        List<FuzzCase> all = new ArrayList<>();
        for (Contract.Operation op : contract().operations()) {
            if (!fuzzes(op)) {
                continue;
            }
            all.addAll(cases.violations(op, bodyLimit(op.path())));
            for (String other : List.of("PATCH", "PUT", "DELETE", "POST", "GET")) {
                if (!contract().methods(op.path()).contains(other)) {
                    // 404 too: the runtime answers so when two resource classes share the path's prefix
                    // (/api/v1/enterprises and /api/v1/enterprises/{id}/supply-links)
                    all.add(cases.withMethod(op, other).expect(null, 405, 404));
                    break;
                }
            }
        }
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long start = System.nanoTime();
        // every case is built (and what it needs created) before the tables are read
        String before = checksum();
        for (FuzzCase c : all) {
            sent++;
            check(c, failures);
        }
        String after = checksum();
        System.out.printf("contract fuzz %s: %d violating requests in %d ms (seed %d)%n", service(), sent,
                (System.nanoTime() - start) / 1_000_000, seed());
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + sent + " violating requests were answered wrongly (seed " + seed() + "):\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        assertEquals(before, after, "refused requests changed the service's tables");
    }

    @Test
    void validRequestsAreNotRefusedForTheirShape() throws Exception {
        Random random = new Random(seed() + 1);
        Cases cases = new Cases(contract(), random, this::goodBody, this::goodParameter, this::goodUpload);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long start = System.nanoTime();
        for (Contract.Operation op : contract().operations()) {
            if (!fuzzes(op)) {
                continue;
            }
            for (int i = 0; i < validRequests(op); i++) {
                sent++;
                check(cases.valid(op), failures);
            }
        }
        System.out.printf("contract fuzz %s: %d valid requests in %d ms (seed %d)%n", service(), sent,
                (System.nanoTime() - start) / 1_000_000, seed());
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + sent + " valid requests were answered wrongly (seed " + seed() + "):\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    private void check(FuzzCase c, List<String> failures) {
        RawHttp.Response r;
        try {
            r = RawHttp.send(api.getHost(), api.getPort(), head(c), c.body);
        } catch (Exception e) {
            failures.add(c + ": no answer (" + e.getMessage() + ")");
            return;
        }
        String body = r.bodyText();
        String shown = c + " -> " + r.status() + " " + (body.length() > 300 ? body.substring(0, 300) : body);
        if (r.status() >= 500) {
            failures.add(shown + " (a server error)");
            return;
        }
        if (c.valid) {
            if (SHAPE_REFUSALS.contains(r.status())) {
                failures.add(shown + " (a valid request refused for its shape)");
            } else if (r.status() >= 400) {
                checkProblem(c, r, shown, failures);
            }
            return;
        }
        if (r.status() < 400) {
            failures.add(shown + " (accepted)");
            return;
        }
        if (!c.statuses.contains(r.status())) {
            failures.add(shown + " (expected " + c.statuses + ")");
            return;
        }
        checkProblem(c, r, shown, failures);
    }

    private void checkProblem(FuzzCase c, RawHttp.Response r, String shown, List<String> failures) {
        if (!r.contentType().startsWith("application/problem+json")) {
            failures.add(shown + " (content type " + r.contentType() + ", not application/problem+json)");
            return;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(r.body());
        } catch (Exception e) {
            failures.add(shown + " (not JSON)");
            return;
        }
        if (problem.path("status").asInt() != r.status() || !problem.path("type").asText().startsWith("urn:alliance:problem:")
                || problem.path("title").asText().isEmpty()) {
            failures.add(shown + " (not a complete problem: type, title and the response's status)");
            return;
        }
        if (c.method.equals(c.operation.method()) && !c.operation.statuses().contains(String.valueOf(r.status()))) {
            failures.add(shown + " (status not listed in the contract's responses " + c.operation.statuses() + ")");
            return;
        }
        if (c.field != null && !names(problem, c.field)) {
            failures.add(shown + " (does not name " + c.field + ")");
        }
    }

    /** Whether the problem names {@code field}, or a part of it (an element, a nested property). */
    private static boolean names(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText();
            if (named.equalsIgnoreCase(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    private byte[] head(FuzzCase c) {
        List<byte[]> headers = new ArrayList<>();
        headers.add(RawHttp.ascii("Host: " + api.getHost() + ":" + api.getPort()));
        headers.add(RawHttp.ascii("Authorization: Bearer " + token(c.operation)));
        boolean hasAccept = c.headers.stream().anyMatch(h -> new String(h, StandardCharsets.ISO_8859_1).startsWith("Accept:"));
        if (!hasAccept) {
            headers.add(RawHttp.ascii("Accept: */*"));
        }
        headers.addAll(c.headers);
        if (c.body != null && c.contentType != null && c.sendContentType) {
            headers.add(RawHttp.ascii("Content-Type: " + c.contentType));
        }
        long length = c.declaredLength != null ? c.declaredLength : c.body == null ? 0 : c.body.length;
        if (length > 0 || c.body != null) {
            headers.add(RawHttp.ascii("Content-Length: " + length));
        }
        return RawHttp.head(c.method, c.target(), headers.toArray(byte[][]::new));
    }

    /** md5 of every checked table's rows in a stable order. */
    private String checksum() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = TestPostgres.server().connect(database()); Statement st = c.createStatement()) {
            for (String table : checkedTables()) {
                // the relay marks outbox rows sent and the consumers move their offsets as they go: of the
                // eventing library's tables only the number of rows counts
                String digest = table.startsWith("eventing.") || table.contains(".outbox") || table.contains(".inbox")
                        || table.contains("relay") ? "count(*)::text"
                        : "count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')";
                try (ResultSet rs = st.executeQuery("SELECT " + digest + " FROM " + table + " t")) {
                    rs.next();
                    all.append(table).append('=').append(rs.getString(1)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
