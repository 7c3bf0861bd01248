package org.alliance.matching.messaging.replica;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.matching.domain.search.StudioDoc;
import org.alliance.matching.domain.search.SupplyGraph;
import org.alliance.matching.repository.replica.ReplicaSql;

/**
 * Reads registry event payloads (docs/event-payloads.md) into the replica's upsert parameters and the
 * engine's records. Parameters are in the order of the {@link ReplicaSql} statements.
 */
public final class RegistryPayloads {

    private RegistryPayloads() {
    }

    public static long version(JsonNode data) {
        return data.path("version").asLong();
    }

    public static Object[] enterpriseRow(JsonNode d) {
        return new Object[] {d.path("enterpriseId").asText(), d.path("name").asText(), d.path("ownership").asText(),
                d.path("industrySection").asText(), d.path("industryDivision").asText(), d.path("regionCode").asText(),
                version(d), d.path("updatedAt").asText()};
    }

    public static Object[] linkRow(JsonNode d) {
        return new Object[] {d.path("linkId").asText(), d.path("upstreamEnterpriseId").asText(),
                d.path("downstreamEnterpriseId").asText(), text(d, "product"), d.path("active").asBoolean(),
                version(d), d.path("updatedAt").asText()};
    }

    public static Object[] studioRow(JsonNode d) {
        JsonNode contact = d.path("contact");
        return new Object[] {d.path("studioId").asText(), d.path("name").asText(), d.path("enterpriseId").asText(),
                text(d, "enterpriseName"), d.path("regionCode").asText(), d.path("industrySection").asText(),
                d.path("industryDivision").asText(), d.path("tier").asText(), d.path("status").asText(),
                d.path("capabilities").path("summary").asText(""), keywordsJson(d), text(contact, "person"),
                text(contact, "phone"), text(contact, "email"), d.toString(), version(d), d.path("updatedAt").asText()};
    }

    public static StudioDoc studio(JsonNode d) {
        List<String> keywords = new ArrayList<>();
        d.path("capabilities").path("keywords").forEach(k -> keywords.add(k.asText()));
        return new StudioDoc(UUID.fromString(d.path("studioId").asText()), d.path("name").asText(),
                UUID.fromString(d.path("enterpriseId").asText()), text(d, "enterpriseName"), d.path("regionCode").asText(),
                d.path("industrySection").asText(), d.path("industryDivision").asText(), d.path("tier").asText(),
                d.path("status").asText(), d.path("capabilities").path("summary").asText(""), List.copyOf(keywords));
    }

    public static SupplyGraph.Link link(JsonNode d) {
        return new SupplyGraph.Link(UUID.fromString(d.path("linkId").asText()),
                UUID.fromString(d.path("upstreamEnterpriseId").asText()),
                UUID.fromString(d.path("downstreamEnterpriseId").asText()), text(d, "product"));
    }

    private static String keywordsJson(JsonNode d) {
        JsonNode keywords = d.path("capabilities").path("keywords");
        return keywords.isArray() ? keywords.toString() : "[]";
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
