package org.alliance.matching.domain;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The engine's writes to the match table, each conditional on the status the engine read: a match
 * a coordinator decided in the meantime is left as the decision made it. A decision holds the match
 * row locked, so a write arriving meanwhile waits for it and then finds the status changed. Each
 * method answers the number of rows written (0 or 1) and runs in the caller's transaction.
 */
final class MatchWrites {

    // the inner cast makes PostgreSQL type the parameter as text before reading it as JSON
    private static final String REFRESH = """
            UPDATE match SET score = ?1, rank = ?2, explanation = cast(cast(?3 AS text) AS jsonb), updated_at = ?4
            WHERE id = ?5 AND status = 'PROPOSED'""";

    private static final String WITHDRAW = """
            UPDATE match SET status = 'WITHDRAWN', updated_at = ?1 WHERE id = ?2 AND status = 'PROPOSED'""";

    private static final String REPROPOSE = """
            UPDATE match SET status = 'PROPOSED', score = ?1, rank = ?2, explanation = cast(cast(?3 AS text) AS jsonb),
                updated_at = ?4
            WHERE id = ?5 AND status = 'WITHDRAWN'""";

    // another scoring of the same need may have proposed the studio first: its row and event stand
    private static final String PROPOSE = """
            INSERT INTO match (id, need_id, studio_id, score, rank, explanation, status, need_region_code,
                studio_region_code, industry_section, industry_division, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, cast(cast(?6 AS text) AS jsonb), 'PROPOSED', ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (need_id, studio_id) DO NOTHING""";

    private MatchWrites() {
    }

    static Uni<Integer> refresh(UUID matchId, double score, int rank, String explanation, OffsetDateTime at) {
        return execute(REFRESH, score, rank, explanation, at, matchId);
    }

    static Uni<Integer> withdraw(UUID matchId, OffsetDateTime at) {
        return execute(WITHDRAW, at, matchId);
    }

    static Uni<Integer> repropose(UUID matchId, double score, int rank, String explanation, OffsetDateTime at) {
        return execute(REPROPOSE, score, rank, explanation, at, matchId);
    }

    static Uni<Integer> propose(UUID matchId, Need need, UUID studioId, String studioRegionCode, double score, int rank,
            String explanation, OffsetDateTime at) {
        return execute(PROPOSE, matchId, need.id, studioId, score, rank, explanation, need.regionCode, studioRegionCode,
                need.industrySection, need.industryDivision, at);
    }

    private static Uni<Integer> execute(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }
}
