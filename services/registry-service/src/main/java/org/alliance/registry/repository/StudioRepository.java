package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.StudioFilter;

@ApplicationScoped
public class StudioRepository implements PanacheRepositoryBase<Studio, UUID> {

    /** The studio, row-locked until the transaction ends, so concurrent changes serialise. */
    public Uni<Studio> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An enterprise's studios, row-locked, to carry a change of the enterprise into them. */
    public Uni<List<Studio>> lockByEnterprise(UUID enterpriseId) {
        return find("enterpriseId", Sort.by("id"), enterpriseId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** One page of studios ordered by name; {@code scope} is the caller's region, null for all. */
    public Uni<Page<Studio>> list(StudioFilter filter, String scope, PageRequest page) {
        SqlFilter where = new SqlFilter();
        Filters.region(where, "s.region_code", scope, "scope");
        Filters.region(where, "s.region_code", filter.regionCode(), "region");
        Filters.industry(where, "s", filter.industry());
        if (filter.tier() != null) {
            where.where("s.tier = :tier", "tier", filter.tier().name());
        }
        if (filter.status() != null) {
            where.where("s.status = :status", "status", filter.status().name());
        }
        if (filter.enterpriseId() != null) {
            where.where("s.enterprise_id = :enterprise", "enterprise", filter.enterpriseId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // the GIN index finds the rows holding every character pair; strpos then checks each word exactly
            where.where("s.search_grams @> registry_query_grams(:text) AND NOT EXISTS (SELECT 1 FROM"
                    + " unnest(registry_search_tokens(:text)) t WHERE strpos(s.search_text, t) = 0)", "text", filter.text());
        }
        return page(where, " ORDER BY s.name, s.id", page);
    }

    /** Accredited studios whose five-year re-review falls due between {@code from} and {@code to}, soonest first. */
    public Uni<Page<Studio>> dueForReReview(LocalDate from, LocalDate to, String scope, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .where("s.status = 'ACCREDITED'")
                .where("s.re_review_due BETWEEN :from AND :to").parameter("from", from).parameter("to", to);
        Filters.region(where, "s.region_code", scope, "scope");
        return page(where, " ORDER BY s.re_review_due, s.name, s.id", page);
    }

    private Uni<Page<Studio>> page(SqlFilter where, String order, PageRequest page) {
        String from = " FROM studio s" + where.clause();
        return Panache.getSession().flatMap(session -> where
                .bind(session.createNativeQuery("SELECT count(*)" + from, Long.class)).getSingleResult()
                .flatMap(total -> where.bind(session.createNativeQuery("SELECT s.*" + from + order, Studio.class))
                        .setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList()
                        .map(items -> new Page<>(items, page.page, page.size, total))));
    }
}
