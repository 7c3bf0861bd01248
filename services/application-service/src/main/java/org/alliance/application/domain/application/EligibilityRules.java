package org.alliance.application.domain.application;

import java.time.LocalDate;
import java.util.Optional;
import org.alliance.common.problem.Refusal;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.application.domain.studio.Studio;
import org.alliance.security.RegionScope;

/**
 * The rules an application must meet when it is submitted, each with its stable code. They read the
 * call's row, never a constant: a call of another year with other numbers is judged by its own terms.
 * The rules that need the database (limits, the cross-cycle bar, uniqueness) are in
 * {@link ApplicationService}.
 */
final class EligibilityRules {

    private EligibilityRules() {
    }

    static void inCallRegion(FundingCall call, Application a, String field) {
        if (!RegionScope.covers(call.issuingRegion, a.regionCode)) {
            throw Refusal.rule("call-region", field, "the call of " + call.issuingUnion + " (" + call.issuingRegion
                    + ") takes no applications from region " + a.regionCode);
        }
    }

    static void patent(FundingCall call, Application a) {
        Optional<PatentNumber> parsed = PatentNumber.parse(a.patentNumber);
        if (parsed.isEmpty()) {
            throw Refusal.rule("patent-number-format", "patent.number",
                    "a CNIPA patent number reads ZL, 12 (or 8) digits, a dot and the check digit, e.g. ZL201710601862.3");
        }
        PatentNumber number = parsed.get();
        if (!number.checkDigitHolds()) {
            throw Refusal.rule("patent-check-digit", "patent.number", "the check digit of " + a.patentNumber
                    + " should be " + PatentNumber.checkDigitOf(number.applicationNumber()));
        }
        if (!number.isInvention()) {
            throw Refusal.rule("patent-not-invention", "patent.number", "kind " + number.kind()
                    + " is not an invention patent; the patent boost is for service-invention patents");
        }
        if (a.grantedOn.isBefore(call.grantFrom) || a.grantedOn.isAfter(call.grantTo)) {
            throw Refusal.rule("patent-grant-window", "patent.grantedOn", "the call takes patents granted from "
                    + call.grantFrom + " to " + call.grantTo);
        }
        if (!Boolean.TRUE.equals(a.frontline)) {
            throw Refusal.rule("inventor-frontline", "patent.frontline", "the first inventor must be a frontline worker");
        }
    }

    /**
     * An achievement put forward is finished, not planned: completed on or before the day it is
     * submitted (China date). That it is in use and what it is worth are the experts' to judge.
     */
    static void achievement(Application a, LocalDate today) {
        if (a.completedOn.isAfter(today)) {
            throw Refusal.rule("achievement-completed", "achievement.completedOn", "an achievement is put forward once completed; "
                    + "it is to be completed on " + a.completedOn);
        }
    }

    static void projectStudio(FundingCall call, Studio studio) {
        if ("REVOKED".equals(studio.status)) {
            throw Refusal.rule("studio-revoked", "studioId", "studio " + studio.name + " had its accreditation revoked");
        }
        if (!studio.accredited()) {
            throw Refusal.rule("studio-not-accredited", "studioId", "studio " + studio.name + " is not accredited");
        }
        if (!call.eligibleTiers.contains(studio.tier)) {
            throw Refusal.rule("studio-tier-ineligible", "studioId", "the call takes studios of tiers " + call.eligibleTiers
                    + ", not " + studio.tier);
        }
    }

    static void project(FundingCall call, Application a) {
        if (a.approvedOn.getYear() != call.year) {
            throw Refusal.rule("approval-in-call-year", "project.approvedOn", "the enterprise must have approved the project in "
                    + call.year);
        }
        if (!Boolean.TRUE.equals(a.startupFundsPaid)) {
            throw Refusal.rule("startup-funds-paid", "project.startupFundsPaid", "the enterprise must have paid the start-up funds");
        }
        LocalDate latest = a.approvedOn.plusMonths(call.completionMonths);
        if (!a.plannedCompletion.isAfter(a.approvedOn) || a.plannedCompletion.isAfter(latest)) {
            throw Refusal.rule("completion-within-limit", "project.plannedCompletion", "the project must be completed after its approval and by "
                    + latest + " (" + call.completionMonths + " months after approval)");
        }
    }
}
