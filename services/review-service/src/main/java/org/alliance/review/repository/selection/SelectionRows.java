package org.alliance.review.repository.selection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.review.domain.selection.Candidate;
import org.alliance.review.domain.selection.Decision;
import org.alliance.review.domain.selection.Reason;
import org.alliance.review.domain.selection.SelectionResult;

/** What selection reads (a call's cases with their studio's tier and their score) and what it keeps. */
@ApplicationScoped
public class SelectionRows {

    /** Decisions per INSERT: 13 parameters each stays far below PostgreSQL's 65,535 per statement. */
    static final int ROWS_PER_STATEMENT = 1000;

    /** A call's applications as selection sees them, and the case of each. */
    public record Cases(List<Candidate> candidates, Map<UUID, UUID> caseOfApplication) {
    }

    /** A call's kept decision. */
    public record Kept(SelectionResult result, OffsetDateTime closedAt, String closedBy) {
    }

    /**
     * Every case of the call but the withdrawn ones: its studio's tier from the studio replica, and the
     * aggregate score of the case_score view when every expert the call asks for has scored.
     */
    public Uni<Cases> cases(UUID callId) {
        return SessionSql.rows("SELECT c.id, c.application_id, c.studio_id, c.region_code, s.tier, c.status,"
                + " CASE WHEN cs.complete THEN cs.aggregate_score END, c.submitted_at"
                + " FROM review_case c LEFT JOIN studio s ON s.id = c.studio_id LEFT JOIN case_score cs ON cs.case_id = c.id"
                + " WHERE c.call_id = $1 AND c.status <> 'WITHDRAWN'", callId).map(rows -> {
                    List<Candidate> candidates = new ArrayList<>(rows.size());
                    Map<UUID, UUID> cases = new HashMap<>();
                    for (Object[] r : rows) {
                        UUID application = (UUID) r[1];
                        cases.put(application, (UUID) r[0]);
                        candidates.add(new Candidate(application, (UUID) r[2], (String) r[3], (String) r[4], standing((String) r[5]),
                                decimal(r[6]), ((OffsetDateTime) r[7]).toInstant()));
                    }
                    return new Cases(candidates, cases);
                });
    }

    /** A numeric column as the client hands it (its own Numeric type, not a BigDecimal). */
    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static Candidate.Standing standing(String status) {
        return switch (status) {
            case "SIGNED_OFF" -> Candidate.Standing.SIGNED_OFF;
            case "REJECTED" -> Candidate.Standing.REJECTED;
            default -> Candidate.Standing.PENDING;
        };
    }

    /**
     * Marks the call's review closed; false when it already was. Of two concurrent closings the second
     * waits for the first's row and then inserts nothing.
     */
    public Uni<Boolean> close(UUID callId, String closedBy, OffsetDateTime at, SelectionResult r) {
        return SessionSql.rows("INSERT INTO call_selection (call_id, closed_by, closed_at, funded, funded_rmb, remaining_rmb)"
                + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (call_id) DO NOTHING RETURNING call_id",
                callId, closedBy, at, r.funded(), r.fundedRmb(), r.remainingRmb()).map(rows -> !rows.isEmpty());
    }

    /** Keeps every decision of the call, in the selection's order; {@code published}: not a sign-off rejection. */
    public Uni<Void> keep(UUID callId, Map<UUID, UUID> caseOfApplication, List<Decision> decisions) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < decisions.size(); from += ROWS_PER_STATEMENT) {
            int start = from;
            List<Decision> slice = decisions.subList(from, Math.min(decisions.size(), from + ROWS_PER_STATEMENT));
            chain = chain.chain(() -> insert(callId, caseOfApplication, start, slice));
        }
        return chain;
    }

    private Uni<Void> insert(UUID callId, Map<UUID, UUID> caseOfApplication, int start, List<Decision> slice) {
        StringBuilder sql = new StringBuilder("INSERT INTO funding_decision (application_id, call_id, case_id, position, studio_id,"
                + " region_code, funded, grade, amount_rmb, reason_code, reason, score, rank, published) VALUES ");
        for (int i = 0; i < slice.size(); i++) {
            int p = i * 13;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?").append(p + 3)
                    .append(", ").append(start + i).append(", ?").append(p + 4).append(", ?").append(p + 5).append(", ?").append(p + 6)
                    .append(", ?").append(p + 7).append(", ?").append(p + 8).append(", ?").append(p + 9).append(", ?").append(p + 10)
                    .append(", ?").append(p + 11).append(", ?").append(p + 12).append(", ?").append(p + 13).append(")");
        }
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(sql.toString());
            for (int i = 0; i < slice.size(); i++) {
                Decision d = slice.get(i);
                int p = i * 13;
                insert.setParameter(p + 1, d.applicationId()).setParameter(p + 2, callId)
                        .setParameter(p + 3, caseOfApplication.get(d.applicationId())).setParameter(p + 4, d.studioId())
                        .setParameter(p + 5, d.regionCode()).setParameter(p + 6, d.funded()).setParameter(p + 7, d.grade())
                        .setParameter(p + 8, d.amountRmb()).setParameter(p + 9, d.reason().name())
                        .setParameter(p + 10, d.reason().chinese()).setParameter(p + 11, d.score())
                        .setParameter(p + 12, d.rank()).setParameter(p + 13, d.reason() != Reason.REJECTED_AT_SIGN_OFF);
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    /** The call's kept decision, or null while its review is open. */
    public Uni<Kept> kept(UUID callId) {
        return SessionSql.rows("SELECT closed_by, closed_at, funded, funded_rmb, remaining_rmb FROM call_selection WHERE call_id = $1",
                callId).flatMap(head -> {
                    if (head.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    Object[] h = head.get(0);
                    return SessionSql.rows("SELECT application_id, studio_id, region_code, funded, grade, amount_rmb, reason_code,"
                            + " score, rank FROM funding_decision WHERE call_id = $1 ORDER BY position", callId).map(rows -> {
                                List<Decision> decisions = new ArrayList<>(rows.size());
                                for (Object[] r : rows) {
                                    decisions.add(new Decision((UUID) r[0], (UUID) r[1], (String) r[2], (Boolean) r[3], (String) r[4],
                                            r[5] == null ? null : ((Number) r[5]).longValue(), Reason.valueOf((String) r[6]),
                                            decimal(r[7]), r[8] == null ? null : ((Number) r[8]).intValue()));
                                }
                                SelectionResult result = new SelectionResult(decisions, ((Number) h[2]).intValue(),
                                        ((Number) h[3]).longValue(), ((Number) h[4]).longValue());
                                return new Kept(result, ((OffsetDateTime) h[1]).withOffsetSameInstant(ZoneOffset.UTC), (String) h[0]);
                            });
                });
    }
}
