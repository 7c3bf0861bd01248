package org.alliance.review.api.accreditation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.review.api.sevenhaves.SevenHavesScoreView;
import org.alliance.review.domain.accreditation.AccreditationCase;
import org.alliance.review.domain.accreditation.AccreditationRound;
import org.alliance.review.domain.accreditation.AccreditationRoundService;
import org.alliance.review.domain.accreditation.RoundReason;

/** Requests and responses of the accreditation round endpoints. */
public final class AccreditationViews {

    private AccreditationViews() {
    }

    /**
     * Open the caller's region's round of {@code year}: {@code places} (default and at least 80) and the
     * pass mark of the experts' average seven-haves score ({@code passScore}, default 60).
     */
    public record RoundRequest(@NotNull @Min(2017) @Max(2100) Integer year,
            @Min(value = AccreditationRoundService.MIN_PLACES, message = "must be at least 80 (the yearly minimum)") @Max(10000) Integer places,
            @Min(0) @Max(100) Integer passScore) {
    }

    /** Nominate a studio of the registry to the round, with the nominating union's note. */
    public record NominationRequest(@NotNull UUID studioId, @Size(max = 2000) String note) {
    }

    public record RoundView(UUID id, String regionCode, int year, int places, int passScore, AccreditationRound.Status status,
            String openedBy, OffsetDateTime openedAt, String decidedBy, LocalDate decidedOn, OffsetDateTime decidedAt,
            Integer accredited) {

        static RoundView of(AccreditationRound r) {
            return new RoundView(r.id, r.regionCode, r.year, r.places, r.passScore, r.status, r.openedBy, r.openedAt, r.decidedBy,
                    r.decidedOn, r.decidedAt, r.accredited);
        }
    }

    public record NominationView(UUID id, UUID roundId, UUID studioId, String studioName, String regionCode, String tier,
            String studioStatus, String nominatedBy, String nominatingRegion, String nominatingLevel, String note,
            OffsetDateTime nominatedAt, int expertsScored, AccreditationCase.Decision decision, RoundReason reasonCode,
            String reason, BigDecimal averageScore, Integer rank, List<SevenHavesScoreView> scores) {

        static NominationView of(AccreditationRoundService.Nominee n) {
            AccreditationCase c = n.nominee();
            return new NominationView(c.id, c.roundId, c.studioId, c.studioName, c.regionCode, c.tier, c.studioStatus, c.nominatedBy,
                    c.nominatingRegion, c.nominatingLevel, c.note, c.nominatedAt, n.expertsScored(), c.decision, c.reasonCode,
                    c.reason, c.averageScore, c.rank,
                    n.scores() == null ? null : n.scores().stream().map(SevenHavesScoreView::of).toList());
        }
    }

    /** One candidate's decision: {@code reasonCode} ACCREDITED, BELOW_PASS_MARK, PLACES_FILLED or NOT_SCORED, with the reason in Chinese. */
    public record CandidateDecision(UUID caseId, UUID studioId, String studioName, String regionCode,
            AccreditationCase.Decision decision, RoundReason reasonCode, String reason, BigDecimal averageScore, int expertsScored,
            Integer rank) {
    }

    /** A round's decision, previewed ({@code decided} false) or final; {@code unfilledPlaces} the places nobody reached. */
    public record RoundDecisionView(UUID roundId, String regionCode, int year, int places, int passScore, boolean decided,
            String decidedBy, LocalDate decidedOn, OffsetDateTime decidedAt, long accredited, long unfilledPlaces,
            List<CandidateDecision> candidates) {

        static RoundDecisionView of(AccreditationRoundService.Outcome o) {
            AccreditationRound r = o.round();
            return new RoundDecisionView(r.id, r.regionCode, r.year, r.places, r.passScore, o.decided(),
                    o.decided() ? r.decidedBy : null, o.decided() ? r.decidedOn : null, o.decided() ? r.decidedAt : null,
                    o.accredited(), r.places - o.accredited(), o.lines().stream().map(l -> new CandidateDecision(l.nominee().id,
                            l.nominee().studioId, l.nominee().studioName, l.nominee().regionCode, l.decision(), l.reasonCode(),
                            l.reason(), l.averageScore(), l.expertsScored(), l.rank())).toList());
        }
    }
}
