package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.StudioFilter;

@ApplicationScoped
public class StudioRepository implements PanacheRepositoryBase<Studio, UUID> {

    @Inject
    NativePage pages;

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
        Filters.region(where, "a.region_code", scope, "scope");
        Filters.region(where, "a.region_code", filter.regionCode(), "region");
        Filters.industry(where, "a", filter.industry());
        if (filter.tier() != null) {
            where.where("a.tier = :tier", "tier", filter.tier().name());
        }
        if (filter.status() != null) {
            where.where("a.status = :status", "status", filter.status().name());
        }
        if (filter.enterpriseId() != null) {
            where.where("a.enterprise_id = :enterprise", "enterprise", filter.enterpriseId());
        }
        Filters.text(where, "a.search_text", filter.text(), Arrays.asList(scope, filter.regionCode()));
        return page(where, List.of("name", "id"), page);
    }

    /** Accredited studios whose five-year re-review falls due between {@code from} and {@code to}, soonest first. */
    public Uni<Page<Studio>> dueForReReview(LocalDate from, LocalDate to, String scope, PageRequest page) {
        SqlFilter where = new SqlFilter()
                .where("a.status = 'ACCREDITED'")
                .where("a.re_review_due BETWEEN :from AND :to").parameter("from", from).parameter("to", to);
        Filters.region(where, "a.region_code", scope, "scope");
        return page(where, List.of("re_review_due", "name", "id"), page);
    }

    private Uni<Page<Studio>> page(SqlFilter where, List<String> order, PageRequest page) {
        return pages.of("studio", where, order, page, ids -> list("id in ?1", ids), s -> s.id);
    }
}
