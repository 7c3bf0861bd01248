package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.registry.domain.Enterprise;
import org.alliance.registry.domain.EnterpriseFilter;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {

    @Inject
    NativePage pages;

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
        Filters.region(where, "a.region_code", scope, "scope");
        Filters.region(where, "a.region_code", filter.regionCode(), "region");
        Filters.industry(where, "a", filter.industry());
        if (filter.ownership() != null) {
            where.where("a.ownership = :ownership", "ownership", filter.ownership().name());
        }
        Filters.text(where, "lower(normalize(a.name, NFKC))", filter.text());
        return pages.of("enterprise", where, List.of("name", "id"), page, ids -> list("id in ?1", ids), e -> e.id);
    }
}
