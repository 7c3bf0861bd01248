package org.alliance.matching.repository.replica;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;

/**
 * Supply-chain reach over the replica's active links, in either direction (a supplier and a customer
 * are both partners). Runs in the caller's Hibernate Reactive session, so it sees the caller's own
 * uncommitted writes.
 */
@ApplicationScoped
public class SupplyChain {

    /** An enterprise reached in {@code hops} links; {@code enterprisePath} runs from the origin to it, both included. */
    public record Reach(UUID enterpriseId, int hops, List<UUID> enterprisePath, List<UUID> linkPath) {
    }

    // Breadth-first over active links as an undirected graph; the path arrays stop cycles. For each
    // enterprise the shortest path wins, ties broken by the path's text so the answer is deterministic.
    private static final String WITHIN_HOPS = """
            WITH RECURSIVE edge AS (
                SELECT id, upstream_enterprise_id AS a, downstream_enterprise_id AS b FROM supply_link WHERE active
                UNION ALL
                SELECT id, downstream_enterprise_id, upstream_enterprise_id FROM supply_link WHERE active
            ), walk (enterprise_id, hops, epath, lpath) AS (
                SELECT cast($1 AS uuid), 0, ARRAY[cast($1 AS uuid)], cast(ARRAY[] AS uuid[])
                UNION ALL
                SELECT e.b, w.hops + 1, w.epath || e.b, w.lpath || e.id
                FROM walk w JOIN edge e ON e.a = w.enterprise_id
                WHERE w.hops < $2 AND NOT e.b = ANY (w.epath)
            )
            SELECT DISTINCT ON (enterprise_id) cast(enterprise_id AS text), hops,
                   cast(epath AS text), cast(lpath AS text)
            FROM walk WHERE hops > 0
            ORDER BY enterprise_id, hops, cast(epath AS text), cast(lpath AS text)
            """;

    /**
     * Every enterprise within {@code k} supply-chain hops of {@code origin} (the origin itself
     * excluded), nearest first, then by id.
     */
    public Uni<List<Reach>> enterprisesWithinHops(UUID origin, int k) {
        if (k < 1) {
            return Uni.createFrom().item(List.of());
        }
        return SessionSql.rowsAfterFlush(WITHIN_HOPS, origin, k)
                .map(rows -> {
                    List<Reach> reach = new ArrayList<>();
                    for (Object[] row : rows) {
                        reach.add(new Reach(UUID.fromString((String) row[0]), ((Number) row[1]).intValue(),
                                uuids((String) row[2]), uuids((String) row[3])));
                    }
                    reach.sort(java.util.Comparator.comparingInt(Reach::hops).thenComparing(r -> r.enterpriseId().toString()));
                    return reach;
                });
    }

    /** PostgreSQL's text form of a uuid[]: {a,b,c}. */
    private static List<UUID> uuids(String array) {
        String inner = array.substring(1, array.length() - 1);
        return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(UUID::fromString).toList();
    }
}
