package org.alliance.events.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * One way an outcome reached a studio: {@code via} ALLIANCE (with the alliance) or SUPPLY_CHAIN (with
 * the enterprises from the originating studio's to the recipient's, both included, and the links
 * travelled; {@code hops} 0 when they share the enterprise). The fields of the other way are absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutcomePath(String via, UUID allianceId, String allianceName, Integer hops, List<UUID> enterpriseIds,
        List<UUID> linkIds) {
}
