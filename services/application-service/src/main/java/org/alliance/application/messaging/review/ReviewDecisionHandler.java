package org.alliance.application.messaging.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import org.alliance.application.domain.project.FundingDecision;
import org.alliance.application.domain.project.ProjectService;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.review.ApplicationDecided;
import org.alliance.events.review.ApplicationReturned;

/** Applies the review side's returns and funding decisions to applications and projects. */
@ApplicationScoped
public class ReviewDecisionHandler implements EventHandler {

    @Inject
    ProjectService projects;

    @Override
    public String consumerName() {
        return "application.review-decisions";
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch()
                .on(ApplicationReturned.class, r -> projects.returned(r.applicationId(), r.reason()))
                .on(ApplicationDecided.class, d -> projects.decided(new FundingDecision(d.applicationId(), d.callId(),
                        d.studioId(), "FUNDED".equals(d.decision()), d.grade(), d.amountRmb(), d.reason(),
                        d.decidedAt().atOffset(ZoneOffset.UTC))));
    }
}
