package org.alliance.events.registry;

import java.time.Instant;
import java.util.UUID;

/** An enterprise's full state, the data of every enterprise event (the topic is compacted). */
public record EnterpriseState(UUID enterpriseId, String name, String unifiedSocialCreditCode, String ownership,
        String industrySection, String industryDivision, String regionCode, long version, Instant updatedAt) {
}
