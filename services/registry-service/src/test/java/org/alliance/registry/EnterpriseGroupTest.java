package org.alliance.registry;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's group (集团): the head enterprise's id, taken and returned by the API, checked (registered, not itself,
 * one level deep), and published in enterprise.*.v2 on the compacted topic.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class EnterpriseGroupTest {

    private static final String BAOTOU = "150200";

    @Test
    void aSubsidiaryNamesItsGroupsHeadInAnyRegionAndTheEventCarriesIt() {
        String head = Fixtures.createEnterprise("110000", "中国兵器工业集团有限公司");
        Map<String, Object> body = Fixtures.enterprise("内蒙古第一机械集团有限公司", BAOTOU, "C", "37");
        body.put("groupEnterpriseId", head);
        String member = Fixtures.createEnterprise(TestTokens.union("150000"), body);
        Fixtures.get(TestTokens.union("150000"), "/api/v1/enterprises/" + member).then().statusCode(200)
                .body("groupEnterpriseId", equalTo(head)).body("name", equalTo("内蒙古第一机械集团有限公司"));
        assertEquals(List.of("enterprise.registered.v2"), Db.eventTypes(member));

        TopicReader.Event registered = TopicReader.awaitEvents("alliance.registry.enterprise", member, 1).get(0);
        assertEquals("enterprise.registered.v2", registered.type());
        assertEquals(head, registered.data().path("groupEnterpriseId").asText());
        assertEquals("内蒙古第一机械集团有限公司", registered.data().path("name").asText());
        assertTrue(TopicReader.awaitEvents("alliance.registry.enterprise", head, 1).get(0).data().path("groupEnterpriseId").isNull(),
                "a head belongs to no group");

        // replacing the details without the group leaves it: a new version, published with no group
        Map<String, Object> left = Fixtures.enterprise("内蒙古第一机械集团有限公司", BAOTOU, "C", "37");
        left.put("unifiedSocialCreditCode", body.get("unifiedSocialCreditCode"));
        Fixtures.put(TestTokens.union("150000"), "/api/v1/enterprises/" + member, "\"1\"", left).then().statusCode(200)
                .body("groupEnterpriseId", nullValue()).body("version", equalTo(2));
        List<TopicReader.Event> events = TopicReader.awaitEvents("alliance.registry.enterprise", member, 2);
        assertEquals("enterprise.updated.v2", events.get(1).type());
        assertTrue(events.get(1).data().has("groupEnterpriseId") && events.get(1).data().path("groupEnterpriseId").isNull());
    }

    @Test
    void aGroupIsOneLevelOfARegisteredHeadAndRefusalsNameTheFieldAndWriteNothing() {
        String head = Fixtures.createEnterprise("110000", "中国航空工业集团有限公司");
        String other = Fixtures.createEnterprise("110000", "中国船舶集团有限公司");
        Map<String, Object> sub = Fixtures.enterprise("内蒙古航空工业有限公司", BAOTOU, "C", "37");
        sub.put("groupEnterpriseId", head);
        String member = Fixtures.createEnterprise(TestTokens.union("150000"), sub);
        String before = Db.fingerprint();

        Map<String, Object> body = Fixtures.enterprise("某某子公司", BAOTOU, "C", "37");
        body.put("groupEnterpriseId", "5b0e6a52-1f7c-4d1e-9a57-0c3e4a2d7b11");
        refused(Fixtures.post(TestTokens.union("150000"), "/api/v1/enterprises", body), 422);
        body.put("groupEnterpriseId", member);
        refused(Fixtures.post(TestTokens.union("150000"), "/api/v1/enterprises", body), 422);
        body.put("groupEnterpriseId", "不是编号");
        refused(Fixtures.post(TestTokens.union("150000"), "/api/v1/enterprises", body), 400);

        Map<String, Object> self = Fixtures.enterprise("内蒙古航空工业有限公司", BAOTOU, "C", "37");
        self.put("unifiedSocialCreditCode", sub.get("unifiedSocialCreditCode"));
        self.put("groupEnterpriseId", member);
        refused(Fixtures.put(TestTokens.union("150000"), "/api/v1/enterprises/" + member, "\"1\"", self), 422);
        // a head with members joins no other group
        Map<String, Object> headJoins = Fixtures.enterprise("中国航空工业集团有限公司", "110000", "C", "37");
        headJoins.put("unifiedSocialCreditCode", Db.rows("SELECT unified_social_credit_code AS c FROM enterprise WHERE id = ?::uuid",
                head).get(0).get("c").toString());
        headJoins.put("groupEnterpriseId", other);
        refused(Fixtures.put(TestTokens.union("110000"), "/api/v1/enterprises/" + head, "\"1\"", headJoins), 422);
        assertEquals(before, Db.fingerprint(), "a refused change writes nothing and records no event");
    }

    private static void refused(io.restassured.response.Response response, int status) {
        response.then().statusCode(status).contentType("application/problem+json").body("errors.field", hasItem("groupEnterpriseId"));
    }
}
