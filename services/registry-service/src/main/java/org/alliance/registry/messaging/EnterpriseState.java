package org.alliance.registry.messaging;

import java.time.Instant;
import java.util.UUID;
import org.alliance.registry.domain.Enterprise;
import org.alliance.registry.domain.Ownership;

/** The payload of enterprise.registered.v1 and enterprise.updated.v1: the enterprise's full state. */
public record EnterpriseState(UUID enterpriseId, String name, String unifiedSocialCreditCode, Ownership ownership,
        String industrySection, String industryDivision, String regionCode, long version, Instant updatedAt) {

    public static EnterpriseState of(Enterprise e) {
        return new EnterpriseState(e.id, e.name, e.unifiedSocialCreditCode, e.ownership, e.industrySection,
                e.industryDivision, e.regionCode, e.version, e.updatedAt);
    }
}
