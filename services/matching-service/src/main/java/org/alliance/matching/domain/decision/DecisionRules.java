package org.alliance.matching.domain.decision;

import java.util.List;
import java.util.Map;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.RegionScope;

/**
 * Who may answer for which side of a match, and what an answer does to it. Pure rules, so the
 * resource and the tests agree on them without a database.
 */
public final class DecisionRules {

    /** What a decision does to its match. */
    public enum Effect { AWAITS_OTHER_SIDE, ACCEPTED, DECLINED }

    private DecisionRules() {
    }

    /**
     * The side a caller answers for. A union speaks for the sides its region covers, and names the
     * side only when it covers both; a coordinator acts on either side's behalf and must name it.
     * A union that covers neither side gets 404: the match is not its business.
     *
     * @param unionRegion the union's region, or null for a coordinator
     */
    public static Side sideFor(String unionRegion, String needRegion, String studioRegion, Side requested, Object matchId) {
        if (unionRegion == null) {
            if (requested == null) {
                throw ProblemException.invalid("side", "a coordinator must name the side it decides for (NEED or STUDIO)");
            }
            return requested;
        }
        boolean need = RegionScope.covers(unionRegion, needRegion);
        boolean studio = RegionScope.covers(unionRegion, studioRegion);
        if (!need && !studio) {
            throw ProblemException.notFound("match", matchId);
        }
        if (requested == null) {
            if (need && studio) {
                throw ProblemException.invalid("side", "your region holds both the need and the studio: name the side (NEED or STUDIO)");
            }
            return need ? Side.NEED : Side.STUDIO;
        }
        if ((requested == Side.NEED && !need) || (requested == Side.STUDIO && !studio)) {
            throw new ProblemException(403, "region-forbidden", "Forbidden",
                    "side: a union may only decide for the side in its own region " + unionRegion,
                    List.of(new Problem.FieldError("side", "outside the caller's region")));
        }
        return requested;
    }

    /**
     * The effect of {@code side} answering {@code verdict}, given the match's status and the answers
     * already on record. Only a PROPOSED match can be answered, once per side.
     */
    public static Effect apply(String status, Map<Side, Verdict> earlier, Side side, Verdict verdict) {
        if (!"PROPOSED".equals(status)) {
            throw ProblemException.conflict("the match is " + status + "; only a PROPOSED match can be decided");
        }
        if (earlier.containsKey(side)) {
            throw ProblemException.conflict("the " + side + " side already answered " + earlier.get(side));
        }
        if (verdict == Verdict.DECLINE) {
            return Effect.DECLINED;
        }
        return earlier.get(side.other()) == Verdict.ACCEPT ? Effect.ACCEPTED : Effect.AWAITS_OTHER_SIDE;
    }
}
