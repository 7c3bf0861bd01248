package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;

/**
 * A page of entities selected by native SQL (the filters use operators HQL lacks, such as array
 * containment): the count and the page's ids come from SQL, the entities from their ids.
 */
final class NativePage {

    private NativePage() {
    }

    /** {@code from} is "FROM table alias WHERE ...", {@code order} "ORDER BY ...", both on alias {@code a}. */
    static <T> Uni<Page<T>> of(String from, String order, SqlFilter where, PageRequest page,
            Function<List<UUID>, Uni<List<T>>> load, Function<T, UUID> idOf) {
        return Panache.getSession().flatMap(session -> where
                .bind(session.createNativeQuery("SELECT count(*) " + from, Long.class)).getSingleResult()
                .flatMap(total -> where.bind(session.createNativeQuery("SELECT a.id " + from + " " + order, UUID.class))
                        .setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList()
                        .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<T>of()) : load.apply(ids).map(found -> {
                            Map<UUID, Integer> position = new HashMap<>();
                            for (int i = 0; i < ids.size(); i++) {
                                position.put(ids.get(i), i);
                            }
                            return found.stream().sorted(Comparator.comparing(t -> position.get(idOf.apply(t)))).toList();
                        }))
                        .map(items -> new Page<>(items, page.page, page.size, total))));
    }
}
