package org.alliance.application.messaging.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.application.domain.application.Application;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.application.AchievementPart;
import org.alliance.events.application.ApplicationAmended;
import org.alliance.events.application.ApplicationAmendedV2;
import org.alliance.events.application.ApplicationSubmitted;
import org.alliance.events.application.ApplicationSubmittedV2;
import org.alliance.events.application.ApplicationWithdrawn;
import org.alliance.events.application.ApplicationWithdrawnV2;
import org.alliance.events.application.PatentPart;
import org.alliance.events.application.ProjectPart;

/** Records an application's state changes in the outbox, in the transaction of the change. */
@ApplicationScoped
public class ApplicationEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> submitted(Application a) {
        if (v2(a)) {
            return outbox.record(new ApplicationSubmittedV2(a.id, a.callId, a.callYear, a.kind.name(), a.regionCode, a.studioId,
                    a.enterpriseName, null, null, achievement(a), a.version, a.submittedAt.toInstant()));
        }
        return outbox.record(new ApplicationSubmitted(a.id, a.callId, a.callYear, a.kind.name(), a.regionCode, a.studioId,
                a.enterpriseName, patent(a), project(a), a.version, a.submittedAt.toInstant()));
    }

    public Uni<Void> amended(Application a) {
        if (v2(a)) {
            return outbox.record(new ApplicationAmendedV2(a.id, a.callId, a.callYear, a.kind.name(), a.regionCode, a.studioId,
                    a.enterpriseName, null, null, achievement(a), a.version, a.submittedAt.toInstant()));
        }
        return outbox.record(new ApplicationAmended(a.id, a.callId, a.callYear, a.kind.name(), a.regionCode, a.studioId,
                a.enterpriseName, patent(a), project(a), a.version, a.submittedAt.toInstant()));
    }

    public Uni<Void> withdrawn(Application a) {
        if (v2(a)) {
            return outbox.record(new ApplicationWithdrawnV2(a.id, a.callId, a.kind.name(), a.regionCode, a.studioId,
                    a.updatedAt.toInstant()));
        }
        return outbox.record(new ApplicationWithdrawn(a.id, a.callId, a.kind.name(), a.regionCode, a.studioId,
                a.updatedAt.toInstant()));
    }

    /**
     * The v1 schemas forbid the kind OUTSTANDING_ACHIEVEMENT: an achievement travels as v2, while patents
     * and projects stay on v1, which every consumer reads, until all consumers read v2.
     */
    private static boolean v2(Application a) {
        return a.kind == FundingCall.Kind.OUTSTANDING_ACHIEVEMENT;
    }

    private static AchievementPart achievement(Application a) {
        return new AchievementPart(a.title, a.achievementCategory, a.achievementSummary, a.leadName, a.memberCard, a.completedOn,
                a.useInProduction, a.economicValueRmb, a.industrySection, a.industryDivision, a.promotionPlan);
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
