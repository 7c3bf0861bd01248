package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.alliance.registry.domain.Region;

/** Checks codes against the registry's reference tables (GB/T 2260 regions, GB/T 4754-2017 divisions). */
@ApplicationScoped
public class ReferenceCodes {

    public Uni<Boolean> regionExists(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return Uni.createFrom().item(false);
        }
        return Region.count("code", code).map(n -> n > 0);
    }

    /** The section a GB/T 4754-2017 division belongs to, or empty if there is no such division. */
    public Uni<Optional<String>> sectionOfDivision(String division) {
        if (division == null || !division.matches("\\d{2}")) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT CAST(section_code AS text) FROM industry_division WHERE code = :code", String.class)
                .setParameter("code", division).getSingleResultOrNull())
                .map(Optional::ofNullable);
    }
}
