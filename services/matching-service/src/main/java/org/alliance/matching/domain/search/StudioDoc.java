package org.alliance.matching.domain.search;

import java.util.List;
import java.util.UUID;

/**
 * What the engine knows of a studio: the replica's facts it filters and ranks on. A revoked studio
 * is never indexed, so it can never be proposed.
 */
public record StudioDoc(UUID id, String name, UUID enterpriseId, String enterpriseName, String regionCode,
        String industrySection, String industryDivision, String tier, String status, String summary,
        List<String> keywords) {

    public boolean revoked() {
        return "REVOKED".equals(status);
    }

    /** The text the capability index holds: name, summary and keywords. */
    public String capabilityText() {
        return name + "\n" + summary + "\n" + String.join(" ", keywords);
    }

    /** The two-digit province part of the GB/T 2260 code: the unit of "another region". */
    public String province() {
        return regionCode.substring(0, 2);
    }
}
