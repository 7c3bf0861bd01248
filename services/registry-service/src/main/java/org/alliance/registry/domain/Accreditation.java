package org.alliance.registry.domain;

import java.time.LocalDate;

/**
 * An accreditation decision: which union (by its GB/T 2260 code) accredited the studio at which
 * tier on which day. Re-review falls due five years later (Beijing's rule since 2018).
 */
public record Accreditation(StudioTier tier, String accreditedBy, LocalDate accreditedOn) {

    public static final int RE_REVIEW_YEARS = 5;

    public LocalDate reReviewDue() {
        return accreditedOn.plusYears(RE_REVIEW_YEARS);
    }
}
