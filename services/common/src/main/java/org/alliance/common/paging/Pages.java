package org.alliance.common.paging;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;

/** The requested page of a Panache query and the query's exact count. */
public final class Pages {

    private Pages() {
    }

    /**
     * Runs the page's query, then the count: one after the other, since a reactive session runs
     * one statement at a time.
     */
    public static <E> Uni<Page<E>> of(PanacheQuery<E> query, PageRequest page) {
        PanacheQuery<E> paged = query.page(page.page, page.size);
        return paged.list().flatMap(items -> paged.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }
}
