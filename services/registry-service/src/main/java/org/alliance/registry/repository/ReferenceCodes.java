package org.alliance.registry.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.alliance.eventing.sql.SessionSql;
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
        return SessionSql.rows("SELECT CAST(section_code AS text) FROM industry_division WHERE code = $1", division)
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0)[0]));
    }
}
