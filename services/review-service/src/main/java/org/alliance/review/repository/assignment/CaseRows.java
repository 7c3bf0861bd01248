package org.alliance.review.repository.assignment;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;

/** The few facts of a review case expert review reads and shows. */
@ApplicationScoped
public class CaseRows {

    public record CaseFacts(UUID id, UUID callId, String regionCode, String title, String industryDivision, String kind,
            String status) {
    }

    /** The case, or null. */
    public Uni<CaseFacts> find(UUID caseId) {
        return SessionSql.rows("SELECT id, call_id, region_code, title, industry_division, kind, status FROM review_case WHERE id = $1",
                caseId).map(rows -> rows.isEmpty() ? null : facts(rows.get(0)));
    }

    /** The cases assigned to an expert (not declined), by id, with the expert's latest score version (0: none). */
    public Uni<List<Object[]>> assignedTo(UUID expertId) {
        return SessionSql.rows("""
                SELECT c.id, c.call_id, c.region_code, c.title, c.industry_division, c.kind, c.status,
                       coalesce((SELECT max(s.version) FROM expert_score s WHERE s.case_id = c.id AND s.expert_id = a.expert_id), 0)
                FROM expert_assignment a JOIN review_case c ON c.id = a.case_id
                WHERE a.expert_id = $1 AND a.status = 'ASSIGNED' ORDER BY c.id""", expertId);
    }

    public static CaseFacts facts(Object[] r) {
        return new CaseFacts((UUID) r[0], (UUID) r[1], strip(r[2]), (String) r[3], strip(r[4]), (String) r[5], (String) r[6]);
    }

    /** The application a case reviews, or null for no such case. */
    public Uni<UUID> applicationOf(UUID caseId) {
        return SessionSql.rows("SELECT application_id FROM review_case WHERE id = $1", caseId)
                .map(rows -> rows.isEmpty() ? null : (UUID) rows.get(0)[0]);
    }

    /** The case_score row of a case: aggregate, experts scored, complete, flagged; null before assignment. */
    public Uni<Object[]> score(UUID caseId) {
        return SessionSql.rowsAfterFlush("SELECT aggregate_score, experts_scored, complete, flagged FROM case_score WHERE case_id = $1",
                caseId).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private static String strip(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
