package org.alliance.review.domain.cases;

import io.quarkus.panache.common.Parameters;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.UnionLevel;

/**
 * Which cases a caller sees: a union those of the regions its token's region covers, and a unit union
 * only those of its own enterprise; coordinators and operators every case. A case outside the scope
 * answers 404, exactly like a missing one.
 */
public final class CaseScope {

    private CaseScope() {
    }

    public static boolean sees(Caller caller, ReviewCase c) {
        if (!caller.isRegionBound()) {
            return true;
        }
        if (!RegionScope.covers(caller.region(), c.regionCode)) {
            return false;
        }
        return caller.level().orElse(null) != UnionLevel.UNIT || unitEnterprise(caller).equals(c.enterpriseId);
    }

    /** The HQL condition and its parameters that keep a list to what {@link #sees} allows. */
    public static String where(Caller caller, Parameters params) {
        if (!caller.isRegionBound()) {
            return "1 = 1";
        }
        params.and("scope", RegionScope.likePattern(caller.region()));
        if (caller.level().orElse(null) == UnionLevel.UNIT) {
            params.and("enterprise", unitEnterprise(caller));
            return "regionCode like :scope and enterpriseId = :enterprise";
        }
        return "regionCode like :scope";
    }

    /** A unit union's token must name its enterprise: without it the union can see and sign nothing (403). */
    static UUID unitEnterprise(Caller caller) {
        return caller.enterpriseId().orElseThrow(() -> new ProblemException(403, "claim-missing", "Forbidden",
                "a unit union's token names its enterprise", java.util.List.of(new Problem.FieldError(Caller.ENTERPRISE_CLAIM,
                        "missing from the token"))));
    }
}
