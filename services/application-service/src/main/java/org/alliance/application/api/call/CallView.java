package org.alliance.application.api.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.application.domain.call.CallPhase;
import org.alliance.application.domain.call.CallService;
import org.alliance.application.domain.call.CallTerms;
import org.alliance.application.domain.call.FundingCall;

/** A call as clients see it; {@code phase} is where it stands at the time of the request, in China time. */
public record CallView(UUID id, FundingCall.Kind kind, int year, String title, String issuingUnion, String issuingRegion,
        CallPhase phase, LocalDate opensOn, LocalDate closesOn, long budgetRmb, List<CallTerms.Amount> amounts,
        List<CallTerms.RegionQuota> quotas, List<CallTerms.FocusIndustry> focusIndustries, int maxApplicationsPerStudio,
        int maxFundedPerStudio, int completionMonths, List<String> eligibleTiers, LocalDate grantFrom, LocalDate grantTo,
        BigDecimal minimumScore, BigDecimal gradeAScore, int regionMinimumPlaces, Integer places, OffsetDateTime publishedAt,
        OffsetDateTime closedAt, String closingReason) {

    static CallView of(CallService.CallDetails d) {
        FundingCall c = d.call();
        return new CallView(c.id, c.kind, c.year, c.title, c.issuingUnion, c.issuingRegion, d.phase(), c.opensOn, c.closesOn,
                c.budgetRmb, d.rows().amounts(), d.rows().quotas(), d.rows().focusIndustries(), c.maxApplicationsPerStudio,
                c.maxFundedPerStudio, c.completionMonths, c.eligibleTiers, c.grantFrom, c.grantTo, c.minimumScore, c.gradeAScore,
                c.regionMinimumPlaces, c.places, c.publishedAt, c.closedAt, c.closingReason);
    }

    /** A line of the list: the call without its rows. */
    public record Summary(UUID id, FundingCall.Kind kind, int year, String title, String issuingUnion, String issuingRegion,
            CallPhase phase, LocalDate opensOn, LocalDate closesOn) {
        static Summary of(FundingCall c, CallPhase phase) {
            return new Summary(c.id, c.kind, c.year, c.title, c.issuingUnion, c.issuingRegion, phase, c.opensOn, c.closesOn);
        }
    }
}
