package org.alliance.events.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** A funding call (申报批次) was published: its terms, frozen from now on, as the review side decides by them. */
@EventType("call.published.v1")
public record CallPublished(UUID callId, String kind, int year, String title, String issuingUnion, String issuingRegion,
        LocalDate opensOn, LocalDate closesOn, long budgetRmb, List<Amount> amounts, List<Quota> quotas,
        List<Focus> focusIndustries, int maxApplicationsPerStudio, int maxFundedPerStudio, int completionMonths,
        List<String> eligibleTiers, LocalDate grantFrom, LocalDate grantTo, BigDecimal minimumScore,
        BigDecimal gradeAScore, int regionMinimumPlaces, Integer places, Instant publishedAt) implements EventPayload {

    /** What the call pays per tier and grade (both null: a flat amount). */
    public record Amount(String tier, String grade, long amountRmb) {
    }

    /** At most {@code places} funded applications from the region. */
    public record Quota(String regionCode, int places) {
    }

    /** A focus industry (高精尖) as the GB/T 4754-2017 divisions it overlays. */
    public record Focus(String focus, List<String> divisions) {
    }

    @Override
    public String subject() {
        return callId.toString();
    }
}
