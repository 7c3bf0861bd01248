package org.alliance.review.domain.accreditation;

/** Why a round decided a candidate as it did: stable codes clients switch on. */
public enum RoundReason {
    /** Scored at or above the pass mark within the round's places. */
    ACCREDITED,
    /** Scored below the pass mark: not accredited however many places are left. */
    BELOW_PASS_MARK,
    /** At or above the pass mark, but ranked after the round's places were filled. */
    PLACES_FILLED,
    /** Fewer experts scored it than a decision needs: not ranked. */
    NOT_SCORED
}
