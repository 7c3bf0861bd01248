package org.alliance.registry.api;

import java.time.Instant;
import java.util.UUID;
import org.alliance.registry.domain.Enterprise;
import org.alliance.registry.domain.Ownership;

public record EnterpriseView(UUID id, String name, String unifiedSocialCreditCode, Ownership ownership,
        String industrySection, String industryDivision, String regionCode, UUID groupEnterpriseId, long version, Instant createdAt,
        Instant updatedAt) {

    static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(e.id, e.name, e.unifiedSocialCreditCode, e.ownership, e.industrySection,
                e.industryDivision, e.regionCode, e.groupEnterpriseId, e.version, e.createdAt, e.updatedAt);
    }
}
