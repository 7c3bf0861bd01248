package org.alliance.review.repository.accreditation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;

/** The SQL of the accreditation rounds that Panache's queries do not say well. */
@ApplicationScoped
public class RoundRows {

    /**
     * Serialises the opening of a region's round for a year, across instances, until the transaction
     * ends: two city union members opening the same round at once get one round and one 409.
     */
    public Uni<Void> lockRegionYear(String regionCode, int year) {
        return SessionSql.rows("SELECT pg_advisory_xact_lock(hashtext('accreditation-round:' || $1::text || ':' || $2::text))",
                regionCode, String.valueOf(year)).replaceWithVoid();
    }

    /** How many experts scored each of {@code caseIds} (cases nobody scored are absent). */
    public Uni<Map<UUID, Integer>> expertsScored(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SessionSql.rows("SELECT case_id, count(*) FROM accreditation_score WHERE case_id = ANY($1) GROUP BY case_id",
                (Object) caseIds.toArray(UUID[]::new)).map(rows -> {
                    Map<UUID, Integer> counts = new HashMap<>();
                    rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
                    return counts;
                });
    }
}
