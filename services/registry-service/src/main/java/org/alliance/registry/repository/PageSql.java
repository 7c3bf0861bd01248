package org.alliance.registry.repository;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of {@link NativePage}. Each answers one row per id of the page, every row with the
 * count (a single row with a null id when the page is empty), and reads at most
 * {@code :page_count_limit} matches to count them. {@code :page_reach} is the page's end, offset plus
 * size.
 */
final class PageSql {

    private PageSql() {
    }

    /**
     * A count that stops at the limit, beside the page in list order. Without a text filter both
     * read little: the count an index alone, the page a walk of an index in list order, or the
     * matches of a selective filter sorted.
     */
    static String countAndPage(String table, SqlFilter where, List<String> order) {
        String matching = "FROM " + table + " a" + where.clause();
        return "SELECT c.counted, p.id"
                + " FROM (SELECT count(*) AS counted FROM (SELECT " + matching + " LIMIT :page_count_limit) m) c"
                + " LEFT JOIN LATERAL (SELECT " + columns("a", order) + " " + matching + " ORDER BY " + columns("a", order)
                + " LIMIT :page_size OFFSET :page_offset) p ON true"
                + " ORDER BY " + columns("p", order);
    }

    /**
     * For a filter checked row by row (a text filter): the matches up to the limit are read once.
     * When they are fewer than the limit they are all the matches, and the page is cut from them.
     *
     * <p>Otherwise matches are common, and the page is first looked for by walking the table in
     * list order, checking each row exactly, for at most as many rows as the count just read: a
     * common word fills the page after a few rows per match and the walk stops there. The planner
     * cannot be left to choose: it takes a word's character pairs as independent, expects a handful
     * of rows (a dozen for 锅炉防磨, which 3,427 of 100,000 studios hold) and sorted every match
     * found through the grams; and without the grams, a word its statistics miss was read by a
     * scan of the whole table. Only when the walk ends short of the page (a deep page, a word common
     * only in the filtered rows) is the page found as the planner chooses, grams included.
     */
    static String matchesFirst(String table, SqlFilter where, List<String> order) {
        String inOrder = " ORDER BY " + columns("a", order);
        String page = " LIMIT :page_size OFFSET :page_offset";
        return "WITH m AS MATERIALIZED (SELECT " + columns("a", order) + " FROM " + table + " a" + where.clause()
                + " LIMIT :page_count_limit),"
                + " c AS MATERIALIZED (SELECT count(*) AS counted FROM m),"
                + " w AS MATERIALIZED (SELECT " + columns("a", order) + " FROM (SELECT * FROM " + table + " a"
                + " WHERE (SELECT counted FROM c) >= :page_count_limit" + inOrder + " LIMIT :page_count_limit) a"
                + where.checkClause() + inOrder + " LIMIT :page_reach)"
                + " SELECT c.counted, p.id FROM c LEFT JOIN LATERAL ("
                + "(SELECT " + columns("m", order) + " FROM m WHERE c.counted < :page_count_limit"
                + " ORDER BY " + columns("m", order) + page + ")"
                + " UNION ALL"
                + " (SELECT " + columns("w", order) + " FROM w WHERE (SELECT count(*) FROM w) = :page_reach"
                + " ORDER BY " + columns("w", order) + page + ")"
                + " UNION ALL"
                + " (SELECT " + columns("a", order) + " FROM " + table + " a"
                + where.clause("c.counted >= :page_count_limit", "(SELECT count(*) FROM w) < :page_reach") + inOrder + page + ")"
                + ") p ON true"
                + " ORDER BY " + columns("p", order);
    }

    private static String columns(String alias, List<String> order) {
        return order.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }
}
