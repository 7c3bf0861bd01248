package org.alliance.events.matching;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A member studio of an alliance, as every alliance event lists them; {@code viaMatchId} null for a founder without a match. */
public record AllianceMember(UUID studioId, String studioName, UUID enterpriseId, String regionCode,
        OffsetDateTime joinedAt, UUID viaMatchId) {
}
