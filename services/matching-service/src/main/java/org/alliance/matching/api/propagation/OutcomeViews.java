package org.alliance.matching.api.propagation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.matching.api.MatchViews.StudioCard;
import org.alliance.matching.api.decision.MatchConsoleViews;
import org.alliance.matching.api.propagation.PathViews.PathView;
import org.alliance.matching.domain.propagation.Outcome;
import org.alliance.matching.domain.propagation.OutcomeAdoption;
import org.alliance.matching.domain.replica.Studio;

/** Response bodies of the feed, adoption and lineage endpoints. Studios appear as match cards only. */
public final class OutcomeViews {

    private OutcomeViews() {
    }

    public record OutcomeView(UUID id, String title, String summary, String kind, List<String> keywords,
            String industrySection, String industryDivision, String regionCode, OffsetDateTime publishedAt,
            BigDecimal economicValueRmb, StudioCard originStudio) {
    }

    public record AdoptionView(UUID id, UUID outcomeId, StudioCard studio, BigDecimal economicValueRmb, LocalDate adoptedOn,
            String note, List<PathView> paths, String adoptedBy, OffsetDateTime adoptedAt) {
    }

    public record FeedItem(OutcomeView outcome, List<PathView> paths, List<String> relatedTerms, OffsetDateTime deliveredAt,
            AdoptionView adoption) {
    }

    public record RecipientView(StudioCard studio, List<PathView> paths, List<String> relatedTerms, OffsetDateTime deliveredAt,
            boolean adopted) {
    }

    /**
     * @param adoptedValueRmb the value the adoptions created
     * @param totalValueRmb   that plus the value the outcome created where it was made, when reported
     */
    public record Totals(long recipients, long regions, long adoptions, BigDecimal originValueRmb, BigDecimal adoptedValueRmb,
            BigDecimal totalValueRmb) {
    }

    /**
     * {@code recipients} (in propagation order) and {@code adoptions} (in reporting order) are the same page
     * of each list; {@code totals} cover the whole outcome.
     */
    public record Lineage(OutcomeView outcome, int hops, Page<RecipientView> recipients, Page<AdoptionView> adoptions,
            Totals totals) {
    }

    public static OutcomeView outcome(Outcome o, Studio origin) {
        StudioCard card = origin == null ? new StudioCard(o.studioId, null, null, o.regionCode, null) : MatchConsoleViews.card(origin);
        return new OutcomeView(o.id, o.title, o.summary, o.kind, List.of(o.keywords), o.industrySection, o.industryDivision,
                o.regionCode, o.publishedAt, o.valueRmb, card);
    }

    public static AdoptionView adoption(OutcomeAdoption a, Studio studio, List<PathView> paths) {
        StudioCard card = studio == null ? new StudioCard(a.studioId, null, null, null, null) : MatchConsoleViews.card(studio);
        return new AdoptionView(a.id, a.outcomeId, card, a.valueRmb, a.adoptedOn, a.note, paths, a.adoptedBy, a.createdAt);
    }
}
