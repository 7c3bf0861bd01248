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
     * For a filter checked row by row (a text search): at most {@code :page_count_limit} matches are
     * read, through the index, in the table's physical order. When they are fewer than the limit they
     * are all the matches, and the page is cut from them.
     *
     * <p>Otherwise the matches are many, and there are two ways to the page: sort them all, or walk
     * the table in list order checking each row until the page is full. The planner cannot choose:
     * it takes a word's character pairs as independent (it expected a dozen rows for 锅炉防磨, which
     * 3,427 of 100,000 studios hold). So the choice is made here, from how far into the table the
     * matches read reached: their density there estimates how many match in all, and so how many rows
     * the walk needs. The walk is taken when twice that many rows is fewer than the matches a sort
     * would read, and fewer than {@code :page_walk}; it stops at that bound. A walk that ends short
     * (a deep page, a word common only outside the filtered rows) leaves the page to the sort.
     */
    static String matchesFirst(String table, SqlFilter where, List<String> order) {
        String inOrder = " ORDER BY " + columns("a", order);
        String page = " LIMIT :page_size OFFSET :page_offset";
        return "WITH m AS MATERIALIZED (SELECT " + columns("a", order) + ", a.ctid AS place FROM " + table + " a" + where.clause()
                + " LIMIT :page_count_limit),"
                + " c AS MATERIALIZED (SELECT f.counted, f.counted >= :page_count_limit"
                + " AND 2 * :page_reach * f.span * t.per_page <= f.counted * least(:page_walk, f.counted * t.pages / f.span) AS walks"
                + " FROM (SELECT count(*) AS counted, coalesce(max((m.place::text::point)[0]), 0) + 1 AS span FROM m) f,"
                + " (SELECT CASE WHEN relpages > 0 AND reltuples > 0 THEN reltuples / relpages ELSE 1 END AS per_page,"
                + " pg_relation_size(oid) / current_setting('block_size')::int AS pages FROM pg_class WHERE oid = '" + table + "'::regclass) t),"
                + " w AS MATERIALIZED (SELECT " + columns("a", order) + " FROM (SELECT * FROM " + table + " a"
                + " WHERE (SELECT walks FROM c)" + inOrder + " LIMIT :page_walk) a"
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

    /**
     * How many rows a walk in list order may read for a page reaching {@code reach} rows: enough
     * for a word one row in a hundred holds, and no more than 2,000, which the planner still walks
     * through the list-order index rather than sorting the table.
     */
    static long walkLimit(long reach) {
        return Math.min(100 * reach, 2_000);
    }

    private static String columns(String alias, List<String> order) {
        return order.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }
}
