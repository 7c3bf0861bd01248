package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.registry.domain.Enterprise;
import org.alliance.registry.domain.EnterpriseFilter;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {

    /** The enterprise, row-locked until the transaction ends, so concurrent changes serialise. */
    public Uni<Enterprise> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Boolean> codeTaken(String unifiedSocialCreditCode, UUID except) {
        return count("unifiedSocialCreditCode = ?1 and id <> ?2", unifiedSocialCreditCode,
                except == null ? new UUID(0, 0) : except).map(n -> n > 0);
    }

    /** One page of enterprises ordered by name; {@code scope} is the caller's region, null for all. */
    public Uni<Page<Enterprise>> list(EnterpriseFilter filter, String scope, PageRequest page) {
        SqlFilter where = new SqlFilter();
        Filters.region(where, "e.region_code", scope, "scope");
        Filters.region(where, "e.region_code", filter.regionCode(), "region");
        Filters.industry(where, "e", filter.industry());
        if (filter.ownership() != null) {
            where.where("e.ownership = :ownership", "ownership", filter.ownership().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.where("e.search_grams @> registry_query_grams(:text) AND NOT EXISTS (SELECT 1 FROM"
                    + " unnest(registry_search_tokens(:text)) t WHERE strpos(lower(normalize(e.name, NFKC)), t) = 0)",
                    "text", filter.text());
        }
        String from = " FROM enterprise e" + where.clause();
        return Panache.getSession().flatMap(session -> where
                .bind(session.createNativeQuery("SELECT count(*)" + from, Long.class)).getSingleResult()
                .flatMap(total -> where
                        .bind(session.createNativeQuery("SELECT e.*" + from + " ORDER BY e.name, e.id", Enterprise.class))
                        .setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList()
                        .map(items -> new Page<>(items, page.page, page.size, total))));
    }
}
