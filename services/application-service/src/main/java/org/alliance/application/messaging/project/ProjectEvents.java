package org.alliance.application.messaging.project;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.application.domain.project.Project;
import org.alliance.application.repository.application.ApplicationCounts;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.application.ProjectCompleted;
import org.alliance.events.application.ProjectFunded;

/** Records a project's start and its completion verdict in the outbox, in the transaction of the change. */
@ApplicationScoped
public class ProjectEvents {

    @Inject
    Outbox outbox;

    @Inject
    ApplicationCounts counts;

    public Uni<Void> funded(Project p) {
        return outbox.record(new ProjectFunded(p.id, p.applicationId, p.callId, p.studioId, p.regionCode, p.title, p.grade,
                p.amountRmb, p.approvedOn, p.dueOn, p.decidedAt.toInstant()));
    }

    /** {@code studioMayApply} reads the projects after this verdict: another unaccepted one keeps the bar. */
    public Uni<Void> completed(Project p) {
        return counts.unacceptedProjectsAfterFlush(p.studioId).flatMap(open -> outbox.record(new ProjectCompleted(p.id,
                p.applicationId, p.callId, p.studioId, p.status.name(), p.verdictReason, p.acceptedOn, open == 0,
                p.updatedAt.toInstant())));
    }
}
