package org.alliance.application.domain.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a call decides, as its issuing union writes it: the window (China dates, the closing day
 * counts to 23:59:59), what it pays per tier and grade, its budget and regional places, its focus
 * industries, per-studio limits, eligible tiers and, for a patent call, the grant window; and how the
 * review side selects: the lowest fundable score, the grade-A score, regional balancing, total places.
 */
public record CallTerms(FundingCall.Kind kind, int year, String title, String issuingUnion, String issuingRegion,
        LocalDate opensOn, LocalDate closesOn, long budgetRmb, List<Amount> amounts, List<RegionQuota> quotas,
        List<FocusIndustry> focusIndustries, int maxApplicationsPerStudio, int maxFundedPerStudio,
        int completionMonths, List<String> eligibleTiers, LocalDate grantFrom, LocalDate grantTo,
        BigDecimal minimumScore, BigDecimal gradeAScore, int regionMinimumPlaces, Integer places) {

    /** What the call pays: per studio tier and grade for a project call, one flat amount otherwise. */
    public record Amount(String tier, String grade, long amountRmb) {
    }

    /** At most {@code places} funded applications from studios of the region. */
    public record RegionQuota(String regionCode, int places) {
    }

    /** A focus industry (高精尖 field) as the GB/T 4754-2017 divisions it overlays. */
    public record FocusIndustry(String focus, List<String> divisions) {
    }
}
