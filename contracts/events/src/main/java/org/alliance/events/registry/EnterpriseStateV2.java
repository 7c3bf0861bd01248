package org.alliance.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * An enterprise's full state as the v2 events carry it: v1's with the group (集团) it belongs to, named by the
 * registry id of the group's head enterprise (null for none, and for a head itself).
 */
public record EnterpriseStateV2(UUID enterpriseId, String name, String unifiedSocialCreditCode, String ownership,
        String industrySection, String industryDivision, String regionCode, UUID groupEnterpriseId, long version,
        Instant updatedAt) {

    /** The fields v1 has. */
    public EnterpriseState withoutGroup() {
        return new EnterpriseState(enterpriseId, name, unifiedSocialCreditCode, ownership, industrySection, industryDivision,
                regionCode, version, updatedAt);
    }
}
