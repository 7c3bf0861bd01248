package org.alliance.matching.domain.search;

import java.util.List;
import java.util.UUID;

/**
 * A need as the engine sees it.
 *
 * @param scope        ANYWHERE, OTHER_REGIONS (another province than the need's) or NAMED
 * @param scopeRegions for NAMED: GB/T 2260 codes; a province code covers its cities
 * @param limit        how many studios to propose
 */
public record MatchQuery(String title, String description, String industrySection, String industryDivision,
        String regionCode, UUID enterpriseId, UUID postingStudioId, String scope, List<String> scopeRegions, int limit) {

    public String province() {
        return regionCode.substring(0, 2);
    }
}
