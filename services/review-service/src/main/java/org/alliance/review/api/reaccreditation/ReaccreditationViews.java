package org.alliance.review.api.reaccreditation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.review.api.sevenhaves.SevenHavesScoreView;
import org.alliance.review.domain.reaccreditation.ReaccreditationCase;
import org.alliance.review.domain.reaccreditation.ReaccreditationScore;

/** Requests and responses of the re-accreditation endpoints. */
public final class ReaccreditationViews {

    private ReaccreditationViews() {
    }

    /** Open the cases of the studios whose re-review falls due from {@code dueFrom} to {@code dueTo} (China dates). */
    public record Opening(@NotNull LocalDate dueFrom, @NotNull LocalDate dueTo) {
    }

    /** The deciding union's own note, put first among the reasons. */
    public record DecisionRequest(@Size(max = 2000) String note) {
    }

    public record CaseView(UUID id, UUID studioId, String studioName, String regionCode, String tier, LocalDate accreditedOn,
            LocalDate reReviewDue, ReaccreditationCase.Status status, String openedBy, OffsetDateTime openedAt,
            ReaccreditationCase.Decision decision, List<String> reasons, List<String> failedItems, BigDecimal averageScore,
            String decidedBy, LocalDate decidedOn, OffsetDateTime decidedAt, List<SevenHavesScoreView> scores) {

        static CaseView of(ReaccreditationCase c, List<ReaccreditationScore> scores) {
            return new CaseView(c.id, c.studioId, c.studioName, c.regionCode, c.tier, c.accreditedOn, c.reReviewDue, c.status,
                    c.openedBy, c.openedAt, c.decision, c.reasons, c.failedItems, c.averageScore, c.decidedBy, c.decidedOn,
                    c.decidedAt, scores == null ? null : scores.stream().map(SevenHavesScoreView::of).toList());
        }
    }
}
