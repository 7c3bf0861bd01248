package org.alliance.review.api.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.review.domain.cases.CaseStep;
import org.alliance.review.domain.cases.ReviewCase;
import org.alliance.review.domain.cases.SignOffService;

/** A review case as answered; {@code trail} only when one case is read (null in lists). */
public record CaseView(UUID id, UUID applicationId, UUID callId, int callYear, String kind, String regionCode, UUID studioId,
        UUID enterpriseId, String enterpriseName, String title, String industryDivision, ReviewCase.Stage stage,
        ReviewCase.Status status, long applicationVersion, OffsetDateTime submittedAt, OffsetDateTime updatedAt,
        List<StepView> trail) {

    /** One step of the trail: the stamp (level, union, time) or the return or rejection with its reason. */
    public record StepView(int seq, String action, String level, String unionName, String actor, String regionCode,
            String reason, OffsetDateTime at) {

        static StepView of(CaseStep s) {
            return new StepView(s.seq, s.action, s.level, s.unionName, s.actor, s.regionCode, s.reason, s.at);
        }
    }

    static CaseView of(ReviewCase c) {
        return of(c, null);
    }

    static CaseView of(SignOffService.CaseWithTrail c) {
        return of(c.reviewCase(), c.trail().stream().map(StepView::of).toList());
    }

    private static CaseView of(ReviewCase c, List<StepView> trail) {
        return new CaseView(c.id, c.applicationId, c.callId, c.callYear, c.kind, c.regionCode, c.studioId, c.enterpriseId,
                c.enterpriseName, c.title, c.industryDivision, c.stage, c.status, c.applicationVersion, c.submittedAt,
                c.updatedAt, trail);
    }
}
