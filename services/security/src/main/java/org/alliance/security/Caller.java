package org.alliance.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.alliance.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified token: roles, and for a union the region it speaks for.
 * Region checks answer 404 for another region's record, so a union never learns it exists.
 */
@RequestScoped
public class Caller {

    public static final String REGION_CLAIM = "region";

    @Inject
    JsonWebToken token;

    public String name() {
        return token.getName();
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean is(String role) {
        return roles() != null && roles().contains(role);
    }

    /** True for a union: its reads and writes are confined to {@link #region()}. */
    public boolean isRegionBound() {
        return is(Roles.UNION) && !is(Roles.COORDINATOR) && !is(Roles.OPERATOR);
    }

    /** The GB/T 2260 code a union token speaks for; a union token without one may do nothing. */
    public String region() {
        Optional<String> region = Optional.ofNullable(token.<Object>getClaim(REGION_CLAIM)).map(Object::toString);
        if (region.isEmpty() || !region.get().matches("\\d{6}")) {
            throw new ForbiddenException("union token names no region");
        }
        return region.get();
    }

    /** Whether this caller may see a record of {@code regionCode}. */
    public boolean sees(String regionCode) {
        return !isRegionBound() || RegionScope.covers(region(), regionCode);
    }

    /** Answers 404 (as if absent) when a region-bound caller asks for another region's record. */
    public void requireSees(String regionCode, String what, Object id) {
        if (!sees(regionCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** For writes that name a region: a union may only write within its own region. */
    public void requireMayWrite(String field, String regionCode) {
        if (isRegionBound() && !RegionScope.covers(region(), regionCode)) {
            throw new ProblemException(403, "region-forbidden", "Forbidden",
                    field + ": a union may only register records of its own region " + region(),
                    java.util.List.of(new org.alliance.common.problem.Problem.FieldError(field, "outside the caller's region")));
        }
    }
}
