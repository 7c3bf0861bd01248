package org.alliance.security;

/** The roles a token's {@code groups} claim may carry; used in {@code @RolesAllowed} on each endpoint. */
public final class Roles {

    /** A partner union (工会): sees and changes only the data of the region its token names. */
    public static final String UNION = "union";
    /** An alliance coordinator (联盟协调人): reads match cards across regions, decides matches, runs alliances. */
    public static final String COORDINATOR = "coordinator";
    /** An expert reviewer (专家). */
    public static final String REVIEWER = "reviewer";
    /** Runs the system; manages reference data and operational endpoints. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
