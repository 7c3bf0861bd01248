package org.alliance.registry.security;

import org.alliance.security.Roles;
import org.alliance.testing.TestTokens;

/**
 * The callers of the security matrix. The records under test live in Huaibei (340600); the "own"
 * union is Anhui's (340000), which covers Huaibei, and the "other" union is Beijing's (110000).
 */
enum MatrixCaller {
    OWN_UNION, OTHER_UNION, COORDINATOR, REVIEWER, OPERATOR, NO_TOKEN, EXPIRED_TOKEN, WRONG_SIGNATURE;

    static final String RECORD_REGION = "340600";
    static final String OWN_REGION = "340000";
    static final String OTHER_REGION = "110000";

    String token() {
        return switch (this) {
            case OWN_UNION -> TestTokens.union(OWN_REGION);
            case OTHER_UNION -> TestTokens.union(OTHER_REGION);
            case COORDINATOR -> TestTokens.coordinator();
            case REVIEWER -> TestTokens.reviewer();
            case OPERATOR -> TestTokens.operator();
            case NO_TOKEN -> null;
            case EXPIRED_TOKEN -> TestTokens.expired(Roles.UNION, OWN_REGION);
            case WRONG_SIGNATURE -> TestTokens.wrongSignature(Roles.UNION, OWN_REGION);
        };
    }

    boolean unauthenticated() {
        return this == NO_TOKEN || this == EXPIRED_TOKEN || this == WRONG_SIGNATURE;
    }
}
