package org.alliance.registry.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.registry.Db;
import org.alliance.testing.AllianceTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which way {@link PageSql#matchesFirst} reaches a text's page, on a table of its own whose words
 * have known densities: the matches read when they are all there is, a walk in name order for a
 * dense word, a sort of every match for a word that is common enough to pass the count's limit but
 * too sparse to walk, and for a page too deep to walk. Each page is also compared with the same page
 * read the plain way (every match sorted), so whichever way answered, the answer is the same.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class TextPageRouteTest {

    private static final String TABLE = "text_page_route";
    private static final int ROWS = 4_000;
    private static final int COUNT_LIMIT = 41;
    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

    @BeforeAll
    static void table() {
        // row i holds 焊接 when i % 4 == 0 (25%), 锅炉 when i % 50 == 0 (2%), 装甲钢 when i % 400 == 0 (10
        // rows); names are a hash, so list order has nothing to do with the order rows were written in
        execute("DROP TABLE IF EXISTS " + TABLE,
                "CREATE TABLE " + TABLE + " (id uuid PRIMARY KEY, name text NOT NULL, search_text text NOT NULL,"
                        + " search_grams text[] GENERATED ALWAYS AS (registry_document_grams(search_text)) STORED)",
                "INSERT INTO " + TABLE + " (id, name, search_text) SELECT md5(i::text || 'id')::uuid, md5(i::text) || '工作室',"
                        + " '创新工作室 ' || CASE WHEN i % 4 = 0 THEN '焊接 ' ELSE '装配 ' END"
                        + " || CASE WHEN i % 50 = 0 THEN '锅炉 ' ELSE '' END || CASE WHEN i % 400 = 0 THEN '装甲钢' ELSE '' END"
                        + " FROM generate_series(1, " + ROWS + ") AS i",
                "CREATE INDEX " + TABLE + "_grams ON " + TABLE + " USING gin (search_grams)",
                "CREATE INDEX " + TABLE + "_name ON " + TABLE + " (name, id)",
                "ANALYZE " + TABLE);
    }

    @AfterAll
    static void drop() {
        execute("DROP TABLE IF EXISTS " + TABLE);
    }

    @Test
    void aWordWithFewerMatchesThanTheLimitIsPagedFromTheMatchesRead() throws Exception {
        assertRoute("装甲钢", 0, 5, "*SELECT* 1", 10);
    }

    @Test
    void theFirstPageOfADenseWordIsFoundByWalkingTheNameOrder() throws Exception {
        assertRoute("焊接", 0, 20, "*SELECT* 2", COUNT_LIMIT);
    }

    @Test
    void aWordTooSparseToWalkHasItsMatchesSorted() throws Exception {
        // 80 matches, more than the limit, but one row in fifty: a walk would read some 1,000 rows
        assertRoute("锅炉", 0, 20, "*SELECT* 3", COUNT_LIMIT);
    }

    @Test
    void aPageTooDeepToWalkHasItsMatchesSorted() throws Exception {
        assertRoute("焊接", 600, 20, "*SELECT* 3", COUNT_LIMIT);
    }

    private static void assertRoute(String word, int offset, int size, String branch, long counted) throws Exception {
        SqlFilter where = new SqlFilter();
        Filters.text(where, "a.search_text", word);
        long reach = offset + size;
        Map<String, Object> values = new HashMap<>(where.parameters());
        values.put("text_grams", array(Db.rows("SELECT registry_query_grams(?)::text AS g", word).get(0).get("g")));
        values.put("text_patterns", array(Db.rows("SELECT registry_query_patterns(?)::text AS p", word).get(0).get("p")));
        values.put("page_count_limit", COUNT_LIMIT);
        values.put("page_size", size);
        values.put("page_offset", offset);
        values.put("page_reach", reach);
        values.put("page_walk", PageSql.walkLimit(reach));
        String sql = literal(PageSql.matchesFirst(TABLE, where, List.of("name", "id")), values);

        List<String> page = new ArrayList<>();
        long total = -1;
        for (Map<String, Object> row : Db.rows(sql)) {
            total = ((Number) row.get("counted")).longValue();
            if (row.get("id") != null) {
                page.add(row.get("id").toString());
            }
        }
        List<String> expected = Db.rows("SELECT id::text FROM " + TABLE + " WHERE search_text LIKE ? ORDER BY name, id LIMIT ? OFFSET ?",
                "%" + word + "%", size, offset).stream().map(r -> r.get("id").toString()).toList();
        assertEquals(expected, page, word + " from " + offset);
        assertEquals(counted, total, "counted");
        assertEquals(branch, answeringBranch(sql), "the branch that answered " + word + " from " + offset);
    }

    /** The alias of the one branch of the statement's UNION ALL that returned rows. */
    private static String answeringBranch(String sql) throws Exception {
        String plan = Db.rows("EXPLAIN (ANALYZE, FORMAT JSON) " + sql).get(0).values().iterator().next().toString();
        List<String> answered = new ArrayList<>();
        collect(new ObjectMapper().readTree(plan).get(0).get("Plan"), answered);
        assertEquals(1, answered.size(), "branches that returned rows: " + answered);
        return answered.get(0);
    }

    private static void collect(JsonNode node, List<String> answered) {
        String alias = node.path("Alias").asText("");
        if ("Subquery Scan".equals(node.path("Node Type").asText()) && alias.startsWith("*SELECT*")
                && node.path("Actual Rows").asLong() > 0) {
            answered.add(alias);
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, answered);
        }
    }

    private static String array(Object text) {
        return "'" + text.toString().replace("'", "''") + "'::text[]";
    }

    /** {@code sql} with each {@code :name} replaced by its value written as a literal. */
    private static String literal(String sql, Map<String, Object> values) {
        Matcher m = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        return m.appendTail(out).toString();
    }

    private static void execute(String... statements) {
        Db.REGISTRY.with(c -> {
            try (Statement st = c.createStatement()) {
                for (String s : statements) {
                    st.execute(s);
                }
            }
            return null;
        });
    }
}
