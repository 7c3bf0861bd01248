package org.alliance.registry.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliance.registry.Db;
import org.alliance.registry.Fixtures;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds the whole registry from its three compacted topics alone (a real KafkaConsumer reading
 * from the beginning) and compares it, row by row and field by field, with the database: every
 * change of every test in this JVM must have reached the topics with the state it committed.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class EventRebuildTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ENTERPRISES = "SELECT id::text AS id, updated_at, jsonb_build_object('enterpriseId', id,"
            + " 'name', name, 'unifiedSocialCreditCode', unified_social_credit_code, 'ownership', ownership,"
            + " 'industrySection', industry_section, 'industryDivision', industry_division, 'regionCode', region_code,"
            + " 'groupEnterpriseId', group_enterprise_id, 'version', version)::text AS state FROM enterprise";

    private static final String LINKS = "SELECT id::text AS id, updated_at, jsonb_build_object('linkId', id,"
            + " 'upstreamEnterpriseId', upstream_enterprise_id, 'downstreamEnterpriseId', downstream_enterprise_id,"
            + " 'product', product, 'active', active, 'version', version)::text AS state FROM supply_link";

    private static final String STUDIOS = "SELECT id::text AS id, updated_at, (jsonb_build_object('studioId', id, 'name', name,"
            + " 'enterpriseId', enterprise_id, 'enterpriseName', enterprise_name, 'regionCode', region_code,"
            + " 'industrySection', industry_section, 'industryDivision', industry_division, 'tier', tier,"
            + " 'leader', jsonb_build_object('name', leader_name, 'honours', to_jsonb(leader_honours)),"
            + " 'teamSize', team_size, 'focusIndustries', to_jsonb(focus_industries),"
            + " 'capabilities', jsonb_build_object('summary', capabilities_summary, 'keywords', to_jsonb(capability_keywords)),"
            + " 'sevenHaves', jsonb_build_object('modelWorkerLead', has_model_worker_lead, 'team', has_team, 'venue', has_venue,"
            + "   'equipment', has_equipment, 'rules', has_rules, 'funding', has_funding, 'results', has_results),"
            + " 'status', status,"
            + " 'accreditation', CASE WHEN accredited_on IS NULL THEN NULL ELSE jsonb_build_object('tier', accreditation_tier,"
            + "   'accreditedBy', accredited_by, 'accreditedOn', accredited_on, 'reReviewDue', re_review_due) END,"
            + " 'contact', jsonb_build_object('person', contact_person, 'phone', contact_phone, 'email', contact_email),"
            + " 'version', version)"
            + " || CASE WHEN revoked_on IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('revocation',"
            + "   jsonb_build_object('reason', revocation_reason, 'revokedOn', revoked_on)) END)::text AS state FROM studio";

    @Test
    void theTopicsAloneRebuildTheRegistry() throws Exception {
        makeEveryKindOfChange();
        awaitOutboxSent();
        compare(TopicReplica.read("alliance.registry.enterprise", "enterpriseId"), ENTERPRISES,
                List.of("enterprise.registered.v2", "enterprise.updated.v2"));
        compare(TopicReplica.read("alliance.registry.supply-link", "linkId"), LINKS,
                List.of("supply-link.created.v1", "supply-link.removed.v1"));
        compare(TopicReplica.read("alliance.registry.studio", "studioId"), STUDIOS,
                List.of("studio.registered.v1", "studio.updated.v1", "studio.accredited.v1", "studio.revoked.v1"));
    }

    private static void compare(TopicReplica replica, String sql, List<String> types) throws Exception {
        assertEquals(List.of(), replica.problems);
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> row : Db.rows(sql)) {
            rows.put(row.get("id").toString(), row);
        }
        assertEquals(rows.keySet(), replica.states.keySet(), "the topic must hold exactly the database's records");
        for (Map.Entry<String, ObjectNode> entry : replica.states.entrySet()) {
            ObjectNode state = entry.getValue().deepCopy();
            assertTrue(types.contains(state.remove("_type").asText().replace("org.alliance.", "")));
            Instant published = Instant.parse(state.remove("updatedAt").asText());
            Map<String, Object> row = rows.get(entry.getKey());
            JsonNode expected = JSON.readTree(row.get("state").toString());
            assertEquals(expected, state, "state of " + entry.getKey());
            assertEquals(((java.sql.Timestamp) row.get("updated_at")).toInstant(), published, "updatedAt of " + entry.getKey());
        }
    }

    /** One of each change, so the comparison covers every event type even when run alone. */
    private static void makeEveryKindOfChange() {
        String op = TestTokens.operator();
        String union = TestTokens.union("330000");
        String supplier = Fixtures.createEnterprise("330000", "浙江吉利控股集团有限公司");
        String customer = Fixtures.createEnterprise("330000", "宁波均胜电子股份有限公司");
        Fixtures.put(union, "/api/v1/enterprises/" + customer, "\"1\"",
                Fixtures.enterprise("宁波均胜电子股份有限公司（更名）", "330000", "C", "36")).then().statusCode(200);
        String kept = Fixtures.post(union, "/api/v1/supply-links", Map.of("upstreamEnterpriseId", supplier,
                "downstreamEnterpriseId", customer, "product", "新能源汽车底盘")).then().statusCode(201).extract().path("id");
        String removed = Fixtures.post(union, "/api/v1/supply-links", Map.of("upstreamEnterpriseId", customer,
                "downstreamEnterpriseId", supplier, "product", "汽车电子")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(union).delete("/api/v1/supply-links/" + removed).then().statusCode(200);
        String studio = Fixtures.createStudio("330000", customer, "均胜汽车电子创新工作室");
        Fixtures.put(union, "/api/v1/studios/" + studio, "\"1\"", Fixtures.studio(null, "均胜汽车电子创新工作室",
                "MUNICIPAL", "汽车安全电子与智能座舱", List.of("智能座舱"))).then().statusCode(200);
        Fixtures.post(op, "/api/v1/studios/" + studio + "/accreditations",
                Map.of("tier", "MUNICIPAL", "accreditedBy", "330000", "accreditedOn", "2020-09-01")).then().statusCode(201);
        Fixtures.post(op, "/api/v1/studios/" + studio + "/revocation",
                Map.of("reason", "复评未通过", "revokedOn", "2025-09-02")).then().statusCode(200);
        // the enterprise rename after the studio exists is carried into the studio's state too
        Fixtures.put(union, "/api/v1/enterprises/" + customer, "\"2\"",
                Fixtures.enterprise("宁波均胜电子股份有限公司", "330000", "C", "36")).then().statusCode(200);
        assertFalse(kept.isEmpty());
    }

    private static void awaitOutboxSent() {
        await("the relay to publish the outbox").atMost(Duration.ofSeconds(60))
                .until(() -> Db.count("SELECT count(*) FROM eventing.outbox_event WHERE sent_at IS NULL") == 0);
    }
}
