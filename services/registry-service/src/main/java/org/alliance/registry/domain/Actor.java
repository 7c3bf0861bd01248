package org.alliance.registry.domain;

import java.util.List;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.RegionScope;

/**
 * Who a domain operation acts for, independent of HTTP: the API builds it from the verified token,
 * a bulk import from the job's owner. A region-bound actor (a union) sees and changes only the
 * records its region covers; the others ({@code region == null}) act across regions.
 *
 * @param name           recorded as the author of accreditation acts
 * @param region         the GB/T 2260 code a union speaks for, or null for cross-region roles
 * @param seesContacts   whether studio contact details are shown (not to cross-region readers)
 */
public record Actor(String name, String region, boolean seesContacts) {

    public static Actor union(String name, String region) {
        return new Actor(name, region, true);
    }

    public static Actor operator(String name) {
        return new Actor(name, null, true);
    }

    /** A coordinator or reviewer: reads across regions, but only what crosses regions (no contacts). */
    public static Actor crossRegionReader(String name) {
        return new Actor(name, null, false);
    }

    public boolean isRegionBound() {
        return region != null;
    }

    public boolean sees(String regionCode) {
        return region == null || RegionScope.covers(region, regionCode);
    }

    /** Another region's record answers 404, exactly as a missing one, so its existence never leaks. */
    public void requireSees(String regionCode, String what, Object id) {
        if (!sees(regionCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** A write that names a region outside the actor's own answers 403 naming the field. */
    public void requireMayWrite(String field, String regionCode) {
        if (!sees(regionCode)) {
            throw new ProblemException(403, "region-forbidden", "Forbidden",
                    field + ": a union may only write records of its own region " + region,
                    List.of(new Problem.FieldError(field, "outside the caller's region " + region)));
        }
    }
}
