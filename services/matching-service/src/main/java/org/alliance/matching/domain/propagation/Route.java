package org.alliance.matching.domain.propagation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;

/**
 * One way an outcome reached a studio: through an alliance both studios belong to, or along a chain
 * of enterprises linked by active supply links (from the originating studio's enterprise to the
 * recipient's, both included; {@code hops} 0 when they share the enterprise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Route(String via, UUID allianceId, String allianceName, Integer hops, List<UUID> enterpriseIds,
        List<UUID> linkIds) {

    public static final String ALLIANCE = "ALLIANCE";
    public static final String SUPPLY_CHAIN = "SUPPLY_CHAIN";

    private static final TypeReference<List<Route>> ROUTES = new TypeReference<>() {
    };

    public static Route alliance(UUID allianceId, String allianceName) {
        return new Route(ALLIANCE, allianceId, allianceName, null, null, null);
    }

    public static Route chain(int hops, List<UUID> enterpriseIds, List<UUID> linkIds) {
        return new Route(SUPPLY_CHAIN, null, null, hops, List.copyOf(enterpriseIds), List.copyOf(linkIds));
    }

    /**
     * Where a recipient with these routes stands in a list of recipients: alliance members first, then
     * by supply-chain distance; callers break ties by studio id, so the same inputs give the same order.
     */
    public static int rank(List<Route> routes) {
        boolean viaAlliance = routes.stream().anyMatch(p -> ALLIANCE.equals(p.via()));
        return viaAlliance ? -1 : routes.stream().filter(p -> p.hops() != null).mapToInt(Route::hops).min().orElse(Integer.MAX_VALUE);
    }

    /** The routes stored with a copy of an outcome (its {@code paths} column). */
    public static List<Route> read(ObjectMapper json, String stored) {
        try {
            return json.readValue(stored, ROUTES);
        } catch (Exception e) {
            throw new IllegalStateException("stored outcome paths are not readable", e);
        }
    }
}
