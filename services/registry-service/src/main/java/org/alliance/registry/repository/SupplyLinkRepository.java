package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.registry.domain.ChainLink;
import org.alliance.registry.domain.RegionRange;
import org.alliance.registry.domain.SupplyLink;

@ApplicationScoped
public class SupplyLinkRepository implements PanacheRepositoryBase<SupplyLink, UUID> {

    /**
     * Walks active links from the root, upstream (towards suppliers) and/or downstream (towards
     * customers), up to {@code depth} links away. Only links whose two ends both lie in the
     * caller's region range are walked, so a union never learns of another region's enterprises.
     * A path never revisits an enterprise; each link is reported once per direction at its
     * shortest distance.
     */
    private static final String WALK = """
            WITH RECURSIVE visible AS (
                SELECT l.id, l.upstream_enterprise_id AS up, l.downstream_enterprise_id AS down, l.product
                FROM supply_link l
                JOIN enterprise u ON u.id = l.upstream_enterprise_id
                JOIN enterprise d ON d.id = l.downstream_enterprise_id
                WHERE l.active AND u.region_code BETWEEN :low AND :high AND d.region_code BETWEEN :low AND :high
            ), walk(link_id, up, down, product, direction, depth, frontier, path) AS (
                SELECT v.id, v.up, v.down, v.product, dir.name, 1,
                       CASE dir.name WHEN 'UPSTREAM' THEN v.up ELSE v.down END,
                       ARRAY[CAST(:root AS uuid), CASE dir.name WHEN 'UPSTREAM' THEN v.up ELSE v.down END]
                FROM visible v
                JOIN (VALUES ('UPSTREAM'), ('DOWNSTREAM')) AS dir(name)
                  ON (dir.name = 'UPSTREAM' AND :upstream AND v.down = CAST(:root AS uuid))
                  OR (dir.name = 'DOWNSTREAM' AND :downstream AND v.up = CAST(:root AS uuid))
              UNION ALL
                SELECT v.id, v.up, v.down, v.product, w.direction, w.depth + 1,
                       CASE w.direction WHEN 'UPSTREAM' THEN v.up ELSE v.down END,
                       w.path || CASE w.direction WHEN 'UPSTREAM' THEN v.up ELSE v.down END
                FROM walk w
                JOIN visible v ON (w.direction = 'UPSTREAM' AND v.down = w.frontier)
                               OR (w.direction = 'DOWNSTREAM' AND v.up = w.frontier)
                WHERE w.depth < :depth
                  AND NOT (CASE w.direction WHEN 'UPSTREAM' THEN v.up ELSE v.down END) = ANY (w.path)
            ), shortest AS (
                SELECT DISTINCT ON (link_id, direction) link_id, up, down, product, direction, depth
                FROM walk ORDER BY link_id, direction, depth
            )
            SELECT s.link_id, s.up, u.name AS up_name, u.region_code AS up_region,
                   s.down, d.name AS down_name, d.region_code AS down_region, s.product, s.direction, s.depth
            FROM shortest s
            JOIN enterprise u ON u.id = s.up
            JOIN enterprise d ON d.id = s.down
            ORDER BY s.direction, s.depth, u.name, d.name, s.link_id
            """;

    public Uni<SupplyLink> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Boolean> activeExists(UUID upstream, UUID downstream) {
        return count("upstreamEnterpriseId = ?1 and downstreamEnterpriseId = ?2 and active = true", upstream, downstream)
                .map(n -> n > 0);
    }

    /** The chain around {@code root}; {@code scope} is the caller's region, null for all regions. */
    public Uni<List<ChainLink>> walk(UUID root, Set<ChainLink.Direction> directions, int depth, String scope) {
        RegionRange range = scope == null ? new RegionRange("000000", "999999") : RegionRange.of(scope);
        return SessionSql.rows(WALK, Map.of("root", root,
                        "upstream", directions.contains(ChainLink.Direction.UPSTREAM),
                        "downstream", directions.contains(ChainLink.Direction.DOWNSTREAM),
                        "depth", depth, "low", range.low(), "high", range.high()))
                .map(rows -> rows.stream().map(SupplyLinkRepository::chainLink).toList());
    }

    private static ChainLink chainLink(Object[] row) {
        return new ChainLink((UUID) row[0],
                new ChainLink.Party((UUID) row[1], (String) row[2], row[3].toString()),
                new ChainLink.Party((UUID) row[4], (String) row[5], row[6].toString()),
                (String) row[7], ChainLink.Direction.valueOf((String) row[8]), ((Number) row[9]).intValue());
    }
}
