package org.alliance.registry.repository;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of {@link NativePage}. Each answers one row per id of the page, every row with the
 * count (a single row with a null id when the page is empty), and reads at most
 * {@code :page_count_limit} matches to count them.
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
     * When they are fewer than the limit they are all the matches, and the page is cut from them;
     * otherwise matches are common, and the page is found in the table as the planner chooses (a
     * common word walks the name index and stops after a few rows per match).
     */
    static String matchesFirst(String table, SqlFilter where, List<String> order) {
        return "WITH m AS MATERIALIZED (SELECT " + columns("a", order) + " FROM " + table + " a" + where.clause()
                + " LIMIT :page_count_limit)"
                + " SELECT c.counted, p.id FROM (SELECT count(*) AS counted FROM m) c LEFT JOIN LATERAL ("
                + "(SELECT " + columns("m", order) + " FROM m WHERE c.counted < :page_count_limit"
                + " ORDER BY " + columns("m", order) + " LIMIT :page_size OFFSET :page_offset)"
                + " UNION ALL"
                + " (SELECT " + columns("a", order) + " FROM " + table + " a" + where.clause("c.counted >= :page_count_limit")
                + " ORDER BY " + columns("a", order) + " LIMIT :page_size OFFSET :page_offset)"
                + ") p ON true"
                + " ORDER BY " + columns("p", order);
    }

    private static String columns(String alias, List<String> order) {
        return order.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }
}
