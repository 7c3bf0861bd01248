package org.alliance.registry.repository;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.eventing.sql.SessionSql;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A page of entities selected by native SQL (the filters use operators HQL lacks, such as array
 * containment), in two round trips: one statement counts the matches and picks the page's ids, the
 * second loads the entities by id. The first goes to the session's connection directly (SessionSql
 * says why).
 *
 * <p>The count stops {@code alliance.lists.count-ahead} rows past the page. Counting every match
 * of a broad filter (a common word, a whole province) read tens of thousands of rows for a page of
 * twenty and was most of a list's time; past the page, a caller needs to know that more follow,
 * not how many. A count that stopped is reported as such ({@link Page#totalExact()} false). A text
 * search stops sooner, {@code alliance.lists.text-count-ahead} rows past the page: a filter without
 * text is counted from an index alone, but every match of a text is read from its row (1,000 matches
 * of a common word are some 600 pages of the table, most of the list's time).
 *
 * <p>The statements start with {@link #PLANNED_PER_CALL}, and the pool does not keep them prepared
 * (config/ListStatementPlanning): their best plan depends on the values, such as how much of the
 * table a union's region or a word covers, and a cached statement may be switched to a generic plan
 * that cannot know (a province's list then sorted all its studios for every page).
 */
@Singleton
public class NativePage {

    /** Marks the statements that are planned for their parameters' values on every call. */
    public static final String PLANNED_PER_CALL = "/* list: planned per call */ ";

    @ConfigProperty(name = "alliance.lists.count-ahead")
    long countAhead;

    @ConfigProperty(name = "alliance.lists.text-count-ahead")
    long textCountAhead;

    @Inject
    SearchTerms searchTerms;

    /**
     * The page of rows of {@code table} (alias {@code a}) matching {@code where}, ordered by
     * {@code order} (column names, ending with the unique {@code id}).
     */
    <T> Uni<Page<T>> of(String table, SqlFilter where, List<String> order, PageRequest page,
            Function<List<UUID>, Uni<List<T>>> load, Function<T, UUID> idOf) {
        if (!order.get(order.size() - 1).equals("id")) {
            throw new IllegalArgumentException("a page's order must end with the unique id: " + order);
        }
        long offset = (long) page.page * page.size;
        boolean text = where.searchText() != null;
        long reach = offset + page.size + (text ? textCountAhead : countAhead);
        String sql = PLANNED_PER_CALL + (text
                ? PageSql.matchesFirst(table, where, order)
                : PageSql.countAndPage(table, where, order));
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("page_count_limit", reach + 1);
        parameters.put("page_size", (long) page.size);
        parameters.put("page_offset", offset);
        parameters.put("page_reach", offset + page.size);
        Uni<List<Object[]>> rows;
        if (!text) {
            rows = SessionSql.rows(sql, parameters);
        } else {
            parameters.put("page_walk", PageSql.walkLimit(offset + page.size));
            rows = searchTerms.of(where.searchText()).flatMap(terms -> {
                parameters.put("text_grams", SearchTerms.with(terms.grams(), where.moreGrams()));
                parameters.put("text_patterns", terms.patterns());
                return SessionSql.rows(sql, parameters);
            });
        }
        return rows.flatMap(found -> {
            long counted = ((Number) found.get(0)[0]).longValue();
            List<UUID> ids = new ArrayList<>();
            for (Object[] row : found) {
                if (row[1] != null) {
                    ids.add((UUID) row[1]);
                }
            }
            return inOrder(ids, load, idOf).map(items -> new Page<>(items, page.page, page.size, counted, counted <= reach));
        });
    }

    private static <T> Uni<List<T>> inOrder(List<UUID> ids, Function<List<UUID>, Uni<List<T>>> load, Function<T, UUID> idOf) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return load.apply(ids).map(found -> found.stream().sorted(Comparator.comparing(t -> position.get(idOf.apply(t)))).toList());
    }
}
