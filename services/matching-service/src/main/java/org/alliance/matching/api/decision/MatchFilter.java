package org.alliance.matching.api.decision;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.matching.domain.Match;
import org.alliance.security.RegionScope;

/** The coordinators' filters on the match list, as query parameters; every one is optional. */
public class MatchFilter {

    static final String NUMBER = "\\d{1,9}(\\.\\d{1,6})?";
    static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** Matches whose need or studio lies in this GB/T 2260 region (a province covers its cities). */
    @QueryParam("region")
    @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code")
    public String region;

    /** A GB/T 4754-2017 section letter or two-digit division. */
    @QueryParam("industry")
    @Pattern(regexp = "[A-T]|\\d{2}", message = "must be a GB/T 4754-2017 section letter or division")
    public String industry;

    // status, scores and need are read as text and checked here, so a malformed value is a 400
    // naming the parameter rather than the 404 JAX-RS gives a query parameter it cannot convert
    @QueryParam("status")
    @Pattern(regexp = "PROPOSED|ACCEPTED|DECLINED|WITHDRAWN", message = "must be PROPOSED, ACCEPTED, DECLINED or WITHDRAWN")
    public String status;

    @QueryParam("minScore")
    @Pattern(regexp = NUMBER, message = "must be a non-negative number")
    public String minScore;

    @QueryParam("maxScore")
    @Pattern(regexp = NUMBER, message = "must be a non-negative number")
    public String maxScore;

    @QueryParam("need")
    @Pattern(regexp = UUID_TEXT, message = "must be a UUID")
    public String need;

    /** The HQL condition and its parameters; {@code scope} is a union's own region, or null. */
    Query toQuery(String scope) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            where.append(" and (needRegionCode like :scope or studioRegionCode like :scope)");
            params.put("scope", RegionScope.likePattern(scope));
        }
        if (region != null) {
            where.append(" and (needRegionCode like :region or studioRegionCode like :region)");
            params.put("region", RegionScope.likePattern(region));
        }
        if (industry != null) {
            where.append(industry.length() == 1 ? " and industrySection = :industry" : " and industryDivision = :industry");
            params.put("industry", industry);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", Match.Status.valueOf(status));
        }
        if (minScore != null) {
            where.append(" and score >= :minScore");
            params.put("minScore", Double.parseDouble(minScore));
        }
        if (maxScore != null) {
            where.append(" and score <= :maxScore");
            params.put("maxScore", Double.parseDouble(maxScore));
        }
        if (need != null) {
            where.append(" and needId = :need");
            params.put("need", UUID.fromString(need));
        }
        return new Query(where.toString(), params);
    }

    record Query(String where, Map<String, Object> params) {
    }
}
