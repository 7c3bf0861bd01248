package org.alliance.review.api.reaccreditation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.review.domain.reaccreditation.ReaccreditationCase;
import org.alliance.review.domain.reaccreditation.ReaccreditationScore;
import org.alliance.review.domain.reaccreditation.SevenHaves;

/** Requests and responses of the re-accreditation endpoints. */
public final class ReaccreditationViews {

    private ReaccreditationViews() {
    }

    /** Open the cases of the studios whose re-review falls due from {@code dueFrom} to {@code dueTo} (China dates). */
    public record Opening(@NotNull LocalDate dueFrom, @NotNull LocalDate dueTo) {
    }

    /** One expert's scores, 0-100 for each of the seven haves, and a comment. */
    public record ScoreRequest(
            @NotNull @Min(0) @Max(100) Integer modelWorkerLead,
            @NotNull @Min(0) @Max(100) Integer team,
            @NotNull @Min(0) @Max(100) Integer venue,
            @NotNull @Min(0) @Max(100) Integer equipment,
            @NotNull @Min(0) @Max(100) Integer rules,
            @NotNull @Min(0) @Max(100) Integer funding,
            @NotNull @Min(0) @Max(100) Integer results,
            @NotBlank @Size(max = 2000) String comment) {

        SevenHaves items() {
            return new SevenHaves(modelWorkerLead, team, venue, equipment, rules, funding, results);
        }
    }

    /** The deciding union's own note, put first among the reasons. */
    public record DecisionRequest(@Size(max = 2000) String note) {
    }

    public record ScoreView(UUID expertId, int modelWorkerLead, int team, int venue, int equipment, int rules, int funding,
            int results, String comment, OffsetDateTime scoredAt) {

        static ScoreView of(ReaccreditationScore s) {
            return new ScoreView(s.expertId, s.modelWorkerLead, s.team, s.venue, s.equipment, s.rules, s.funding, s.results,
                    s.comment, s.scoredAt);
        }
    }

    public record CaseView(UUID id, UUID studioId, String studioName, String regionCode, String tier, LocalDate accreditedOn,
            LocalDate reReviewDue, ReaccreditationCase.Status status, String openedBy, OffsetDateTime openedAt,
            ReaccreditationCase.Decision decision, List<String> reasons, List<String> failedItems, BigDecimal averageScore,
            String decidedBy, LocalDate decidedOn, OffsetDateTime decidedAt, List<ScoreView> scores) {

        static CaseView of(ReaccreditationCase c, List<ReaccreditationScore> scores) {
            return new CaseView(c.id, c.studioId, c.studioName, c.regionCode, c.tier, c.accreditedOn, c.reReviewDue, c.status,
                    c.openedBy, c.openedAt, c.decision, c.reasons, c.failedItems, c.averageScore, c.decidedBy, c.decidedOn,
                    c.decidedAt, scores == null ? null : scores.stream().map(ScoreView::of).toList());
        }
    }
}
