package org.alliance.review.messaging.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.application.AchievementPart;
import org.alliance.events.application.ApplicationAmended;
import org.alliance.events.application.ApplicationAmendedV2;
import org.alliance.events.application.ApplicationSubmitted;
import org.alliance.events.application.ApplicationSubmittedV2;
import org.alliance.events.application.ApplicationWithdrawn;
import org.alliance.events.application.ApplicationWithdrawnV2;
import org.alliance.events.application.PatentPart;
import org.alliance.events.application.ProjectPart;
import org.alliance.review.domain.cases.CaseIntake;
import org.alliance.review.domain.cases.Submission;

/** Opens a review case per submitted application, and follows its amendments and withdrawal. */
@ApplicationScoped
public class ApplicationIntakeHandler implements EventHandler {

    @Inject
    CaseIntake intake;

    @Override
    public String consumerName() {
        return "review.application-intake";
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch()
                .on(ApplicationSubmitted.class, e -> intake.open(submission(e.applicationId(), e.callId(), e.callYear(),
                        e.kind(), e.regionCode(), e.studioId(), e.enterpriseName(), e.patent(), e.project(), null, e.version(),
                        e.submittedAt())).replaceWithVoid())
                .on(ApplicationAmended.class, e -> intake.amend(submission(e.applicationId(), e.callId(), e.callYear(),
                        e.kind(), e.regionCode(), e.studioId(), e.enterpriseName(), e.patent(), e.project(), null, e.version(),
                        e.amendedAt())).replaceWithVoid())
                .on(ApplicationWithdrawn.class, e -> intake.withdraw(e.applicationId(), e.withdrawnAt().atOffset(ZoneOffset.UTC))
                        .replaceWithVoid())
                // v2: the same events for every kind, outstanding achievements (which v1 cannot carry) among them
                .on(ApplicationSubmittedV2.class, e -> intake.open(submission(e.applicationId(), e.callId(), e.callYear(),
                        e.kind(), e.regionCode(), e.studioId(), e.enterpriseName(), e.patent(), e.project(), e.achievement(),
                        e.version(), e.submittedAt())).replaceWithVoid())
                .on(ApplicationAmendedV2.class, e -> intake.amend(submission(e.applicationId(), e.callId(), e.callYear(),
                        e.kind(), e.regionCode(), e.studioId(), e.enterpriseName(), e.patent(), e.project(), e.achievement(),
                        e.version(), e.amendedAt())).replaceWithVoid())
                .on(ApplicationWithdrawnV2.class, e -> intake.withdraw(e.applicationId(), e.withdrawnAt().atOffset(ZoneOffset.UTC))
                        .replaceWithVoid());
    }

    static Submission submission(UUID applicationId, UUID callId, int callYear, String kind, String regionCode, UUID studioId,
            String enterpriseName, PatentPart patent, ProjectPart project, AchievementPart achievement, long version, Instant at) {
        String title = project != null ? project.title() : patent != null ? patent.title()
                : achievement != null ? achievement.title() : enterpriseName;
        String division = project != null ? project.industryDivision() : achievement != null ? achievement.industryDivision() : null;
        return new Submission(applicationId, callId, callYear, kind, regionCode, studioId, enterpriseName, title, division,
                version, at.atOffset(ZoneOffset.UTC));
    }
}
