package org.alliance.application.api.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.alliance.application.domain.call.CallTerms;
import org.alliance.application.domain.call.FundingCall;

/** The terms of a call as its issuing union drafts them ({@code POST /api/v1/calls}, {@code PUT /api/v1/calls/{id}}). */
public record CallRequest(
        @NotNull FundingCall.Kind kind,
        @Min(2000) @Max(2100) int year,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String issuingUnion,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String issuingRegion,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @PositiveOrZero long budgetRmb,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull AmountRequest> amounts,
        @Size(max = 500) List<@Valid @NotNull QuotaRequest> quotas,
        @Size(max = 20) List<@Valid @NotNull FocusRequest> focusIndustries,
        @Min(1) @Max(100) int maxApplicationsPerStudio,
        @Min(1) @Max(100) int maxFundedPerStudio,
        @Min(1) @Max(120) int completionMonths,
        @Size(max = 5) List<@NotNull String> eligibleTiers,
        LocalDate grantFrom,
        LocalDate grantTo,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal minimumScore,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal gradeAScore,
        @Min(0) @Max(100) int regionMinimumPlaces,
        @Min(1) @Max(100000) Integer places) {

    /** What the call pays; {@code tier} and {@code grade} only in a project call. */
    public record AmountRequest(String tier, @Pattern(regexp = "[A-Z]", message = "must be one capital letter") String grade,
            @Positive long amountRmb) {
    }

    public record QuotaRequest(@NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String regionCode,
            @PositiveOrZero int places) {
    }

    /** A focus industry (高精尖 field) and the GB/T 4754-2017 divisions it overlays. */
    public record FocusRequest(@NotNull @Pattern(regexp = "[A-Z_]{2,40}", message = "must be a focus-industry code") String focus,
            @NotEmpty List<@NotNull @Pattern(regexp = "\\d{2}", message = "must be a two-digit GB/T 4754 division") String> divisions) {
    }

    CallTerms terms() {
        return new CallTerms(kind, year, title, issuingUnion, issuingRegion, opensOn, closesOn, budgetRmb,
                amounts.stream().map(a -> new CallTerms.Amount(a.tier(), a.grade(), a.amountRmb())).toList(),
                quotas == null ? List.of() : quotas.stream().map(q -> new CallTerms.RegionQuota(q.regionCode(), q.places())).toList(),
                focusIndustries == null ? List.of()
                        : focusIndustries.stream().map(f -> new CallTerms.FocusIndustry(f.focus(), List.copyOf(f.divisions()))).toList(),
                maxApplicationsPerStudio, maxFundedPerStudio, completionMonths,
                eligibleTiers == null ? List.of() : List.copyOf(eligibleTiers), grantFrom, grantTo,
                minimumScore, gradeAScore, regionMinimumPlaces, places);
    }
}
