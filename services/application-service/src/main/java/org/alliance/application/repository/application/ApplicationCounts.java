package org.alliance.application.repository.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;

/** The counts eligibility rules read, in the submitting transaction (after its own changes are flushed). */
@ApplicationScoped
public class ApplicationCounts {

    /** Live applications (neither draft nor withdrawn) of the studio in the call, besides {@code except}. */
    public Uni<Long> liveInCall(UUID studioId, UUID callId, UUID except) {
        return SessionSql.rowsAfterFlush("SELECT count(*) FROM application WHERE studio_id = $1 AND call_id = $2 AND id <> $3"
                + " AND status NOT IN ('DRAFT', 'WITHDRAWN')", studioId, callId, except)
                .map(rows -> ((Number) rows.get(0)[0]).longValue());
    }

    /** Funded projects of the studio, in any call, that have not passed completion acceptance. */
    public Uni<Long> unacceptedProjects(UUID studioId) {
        return SessionSql.rows("SELECT count(*) FROM project WHERE studio_id = $1 AND status <> 'ACCEPTED'", studioId)
                .map(rows -> ((Number) rows.get(0)[0]).longValue());
    }

    /** {@link #unacceptedProjects} seeing the transaction's own changes to projects. */
    public Uni<Long> unacceptedProjectsAfterFlush(UUID studioId) {
        return SessionSql.rowsAfterFlush("SELECT count(*) FROM project WHERE studio_id = $1 AND status <> 'ACCEPTED'", studioId)
                .map(rows -> ((Number) rows.get(0)[0]).longValue());
    }
}
