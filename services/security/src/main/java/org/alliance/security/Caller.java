package org.alliance.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified token: roles, and for a union the region it speaks for, the
 * level it signs off at and (a unit union) its enterprise; for a reviewer, the expert it is.
 * Region checks answer 404 for another region's record, so a union never learns it exists.
 */
@RequestScoped
public class Caller {

    public static final String REGION_CLAIM = "region";
    /** A union's sign-off level: {@link UnionLevel} UNIT, DISTRICT or CITY. */
    public static final String LEVEL_CLAIM = "level";
    /** A unit union's enterprise: the registry's enterprise id (UUID). */
    public static final String ENTERPRISE_CLAIM = "enterprise";
    /** A reviewer's expert: the id (UUID) of the expert in the review service's pool. */
    public static final String EXPERT_CLAIM = "expert";

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

    /**
     * The level a union token signs off at; empty when the token names none (such a union may read
     * but sign nothing). A value that is not a level is a broken token: 403.
     */
    public Optional<UnionLevel> level() {
        return claim(LEVEL_CLAIM).map(value -> UnionLevel.parse(value)
                .orElseThrow(() -> new ForbiddenException("token's " + LEVEL_CLAIM + " is not one of UNIT, DISTRICT, CITY")));
    }

    /** A unit union's enterprise (registry id); empty when the token names none. Not a UUID: 403. */
    public Optional<UUID> enterpriseId() {
        return uuidClaim(ENTERPRISE_CLAIM);
    }

    /** The expert a reviewer token speaks for (pool id); empty when the token names none. Not a UUID: 403. */
    public Optional<UUID> expertId() {
        return uuidClaim(EXPERT_CLAIM);
    }

    /** The level, or 403 problem+json naming the claim when the token names none. */
    public UnionLevel requireLevel() {
        return level().orElseThrow(() -> missingClaim(LEVEL_CLAIM, "a union token names its sign-off level"));
    }

    /** The expert, or 403 problem+json naming the claim when the token names none. */
    public UUID requireExpertId() {
        return expertId().orElseThrow(() -> missingClaim(EXPERT_CLAIM, "a reviewer token names its expert"));
    }

    private static ProblemException missingClaim(String claim, String detail) {
        return new ProblemException(403, "claim-missing", "Forbidden", detail,
                List.of(new Problem.FieldError(claim, "missing from the token")));
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(token.<Object>getClaim(name)).map(Object::toString).filter(v -> !v.isBlank());
    }

    private Optional<UUID> uuidClaim(String name) {
        return claim(name).map(value -> {
            if (!value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new ForbiddenException("token's " + name + " is not a UUID");
            }
            return UUID.fromString(value);
        });
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
                    List.of(new Problem.FieldError(field, "outside the caller's region")));
        }
    }
}
