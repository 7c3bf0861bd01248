package org.alliance.registry.domain;

import java.util.UUID;

/**
 * What a union states about an enterprise when registering or changing it; {@code groupEnterpriseId} is the head
 * enterprise of the group (集团) it belongs to, null for none.
 */
public record EnterpriseDetails(String name, String unifiedSocialCreditCode, Ownership ownership,
        String industrySection, String industryDivision, String regionCode, UUID groupEnterpriseId) {
}
