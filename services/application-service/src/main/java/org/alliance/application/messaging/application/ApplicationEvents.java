package org.alliance.application.messaging.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.application.domain.application.Application;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.application.ApplicationAmended;
import org.alliance.events.application.ApplicationSubmitted;
import org.alliance.events.application.ApplicationWithdrawn;
import org.alliance.events.application.PatentPart;
import org.alliance.events.application.ProjectPart;

/** Records an application's state changes in the outbox, in the transaction of the change. */
@ApplicationScoped
public class ApplicationEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> submitted(Application a) {
        return outbox.record(new ApplicationSubmitted(a.id, a.callId, a.callYear, a.kind.name(), a.regionCode, a.studioId,
                a.enterpriseName, patent(a), project(a), a.version, a.submittedAt.toInstant()));
    }

    public Uni<Void> amended(Application a) {
        return outbox.record(new ApplicationAmended(a.id, a.callId, a.callYear, a.kind.name(), a.regionCode, a.studioId,
                a.enterpriseName, patent(a), project(a), a.version, a.submittedAt.toInstant()));
    }

    public Uni<Void> withdrawn(Application a) {
        return outbox.record(new ApplicationWithdrawn(a.id, a.callId, a.kind.name(), a.regionCode, a.studioId,
                a.updatedAt.toInstant()));
    }

    private static PatentPart patent(Application a) {
        return a.kind != FundingCall.Kind.PATENT_BOOST ? null : new PatentPart(a.patentNumber, a.patentTitle, a.grantedOn,
                a.inventorName, a.memberCard, Boolean.TRUE.equals(a.frontline), a.useInProduction);
    }

    private static ProjectPart project(Application a) {
        return a.kind != FundingCall.Kind.PROJECT_BOOST ? null : new ProjectPart(a.title, a.technicalContent, a.problemSolved,
                a.skillsTraining, a.industrySection, a.industryDivision, a.approvedOn, Boolean.TRUE.equals(a.startupFundsPaid),
                a.plannedCompletion);
    }
}
