package org.alliance.review.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.alliance.testing.EventFeed;

/** The registry's events as its relay publishes them, for the review service's replica; each answers the event id. */
public final class Registry {

    public static final String ENTERPRISES = "alliance.registry.enterprise";
    public static final String SUPPLY_LINKS = "alliance.registry.supply-link";
    public static final String STUDIOS = "alliance.registry.studio";

    private Registry() {
    }

    /** The registry's compacted topics, created as the registry would. */
    public static void topics() {
        EventFeed.topic(ENTERPRISES, true);
        EventFeed.topic(SUPPLY_LINKS, true);
        EventFeed.topic(STUDIOS, true);
    }

    public static String enterprise(UUID id, String name, String regionCode, long version) {
        ObjectNode e = EventFeed.example("enterprise.registered.v1");
        e.put("enterpriseId", id.toString()).put("name", name).put("regionCode", regionCode).put("version", version)
                .put("updatedAt", Instant.now().toString());
        return EventFeed.send(ENTERPRISES, version == 1 ? "enterprise.registered.v1" : "enterprise.updated.v1", "registry-service",
                id.toString(), e);
    }

    /**
     * The enterprise as the registry publishes it since groups exist ({@code enterprise.*.v2}): {@code group} is the
     * head enterprise of its group (集团), null for none.
     */
    public static String enterpriseV2(UUID id, String name, String regionCode, UUID group, long version) {
        String type = version == 1 ? "enterprise.registered.v2" : "enterprise.updated.v2";
        ObjectNode e = EventFeed.example(type);
        e.put("enterpriseId", id.toString()).put("name", name).put("regionCode", regionCode).put("version", version)
                .put("groupEnterpriseId", group == null ? null : group.toString()).put("updatedAt", Instant.now().toString());
        return EventFeed.send(ENTERPRISES, type, "registry-service", id.toString(), e);
    }

    /** {@code upstream} supplies {@code downstream}; {@code active} false is the link's removal. */
    public static String supplyLink(UUID id, UUID upstream, UUID downstream, boolean active, long version) {
        ObjectNode l = EventFeed.example("supply-link.created.v1");
        l.put("linkId", id.toString()).put("upstreamEnterpriseId", upstream.toString())
                .put("downstreamEnterpriseId", downstream.toString()).put("active", active).put("version", version)
                .put("updatedAt", Instant.now().toString());
        return EventFeed.send(SUPPLY_LINKS, active ? "supply-link.created.v1" : "supply-link.removed.v1", "registry-service",
                id.toString(), l);
    }

    /** An accredited municipal studio of {@code enterprise} in {@code regionCode}. */
    public static String studio(UUID id, UUID enterprise, String regionCode, long version) {
        return studio(id, enterprise, regionCode, "MUNICIPAL", version);
    }

    /** An accredited studio of {@code tier}. */
    public static String studio(UUID id, UUID enterprise, String regionCode, String tier, long version) {
        ObjectNode s = EventFeed.example("studio.accredited.v1");
        s.put("studioId", id.toString()).put("enterpriseId", enterprise.toString()).put("regionCode", regionCode)
                .put("tier", tier).put("status", "ACCREDITED").put("version", version)
                .put("updatedAt", Instant.now().toString());
        ((ObjectNode) s.path("accreditation")).put("tier", tier).put("accreditedBy", regionCode.substring(0, 2) + "0000")
                .put("accreditedOn", "2021-06-01").put("reReviewDue", "2026-06-01");
        return EventFeed.send(STUDIOS, "studio.accredited.v1", "registry-service", id.toString(), s);
    }

    /**
     * A studio of {@code enterprise} in {@code regionCode} as the registry last published it: {@code status}
     * REGISTERED (no accreditation), ACCREDITED or REVOKED at {@code tier}.
     */
    public static String studio(UUID id, UUID enterprise, String name, String regionCode, String status, String tier) {
        String type = switch (status) {
            case "ACCREDITED" -> "studio.accredited.v1";
            case "REVOKED" -> "studio.revoked.v1";
            default -> "studio.registered.v1";
        };
        ObjectNode s = EventFeed.example(type);
        s.put("studioId", id.toString()).put("name", name).put("enterpriseId", enterprise.toString()).put("regionCode", regionCode)
                .put("tier", tier).put("status", status).put("version", 1).put("updatedAt", Instant.now().toString());
        if (s.path("accreditation").isObject()) {
            ((ObjectNode) s.path("accreditation")).put("tier", tier).put("accreditedBy", regionCode.substring(0, 2) + "0000")
                    .put("accreditedOn", "2020-06-01").put("reReviewDue", "2025-06-01");
        }
        return EventFeed.send(STUDIOS, type, "registry-service", id.toString(), s);
    }
}
