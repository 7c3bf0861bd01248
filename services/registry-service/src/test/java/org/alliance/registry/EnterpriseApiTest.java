package org.alliance.registry;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class EnterpriseApiTest {

    private static final String BAOTOU = "150200";

    @Test
    void registersReadsAndRecordsTheEventInTheSameTransaction() {
        Map<String, Object> body = Fixtures.enterprise("内蒙古第一机械集团有限公司", BAOTOU, "C", "37");
        String id = Fixtures.post(TestTokens.union("150000"), "/api/v1/enterprises", body).then().statusCode(201)
                .header("Location", containsString("/api/v1/enterprises/"))
                .header("ETag", "\"1\"")
                .body("name", equalTo("内蒙古第一机械集团有限公司"))
                .body("unifiedSocialCreditCode", equalTo(body.get("unifiedSocialCreditCode")))
                .body("regionCode", equalTo(BAOTOU))
                .body("version", equalTo(1))
                .extract().path("id");
        assertEquals("内蒙古第一机械集团有限公司", Db.rows("SELECT name FROM enterprise WHERE id = ?::uuid", id).get(0).get("name"));
        assertEquals(List.of("enterprise.registered.v2"), Db.eventTypes(id));
        Map<String, Object> payload = Db.rows("SELECT payload::text AS p, topic FROM eventing.outbox_event WHERE subject = ?", id).get(0);
        assertEquals("alliance.registry.enterprise", payload.get("topic"));
        assertThat(payload.get("p").toString(), containsString("内蒙古第一机械集团有限公司"));
        Fixtures.get(TestTokens.coordinator(), "/api/v1/enterprises/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("ownership", equalTo("STATE_OWNED"));
    }

    @Test
    void rejectsBadCodesNamingTheFieldAndWritesNothing() {
        String before = Db.fingerprint();
        Map<String, Object> body = Fixtures.enterprise("某某公司", BAOTOU, "C", "37");
        String valid = (String) body.get("unifiedSocialCreditCode");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        body.put("unifiedSocialCreditCode", valid.substring(0, 17) + wrong);
        problem(body, 400, "unifiedSocialCreditCode", "the check character should be " + valid.charAt(17));

        body = Fixtures.enterprise("某某公司", BAOTOU, "B", "37");
        problem(body, 400, "industryDivision", "division 37 belongs to section C, not B");

        body = Fixtures.enterprise("某某公司", "150299", "C", "37");
        problem(body, 400, "regionCode", "unknown GB/T 2260 region 150299");

        body = Fixtures.enterprise("某某公司", BAOTOU, "C", "37");
        body.put("ownership", "PRIVATE");
        problem(body, 400, "ownership", null);

        body = Fixtures.enterprise(" ", BAOTOU, "C", "37");
        problem(body, 400, "name", "must not be blank");

        body = Fixtures.enterprise("某某公司", BAOTOU, "C", "37");
        body.put("founded", "1954");
        problem(body, 400, "founded", "unknown field");
        assertEquals(before, Db.fingerprint());
    }

    @Test
    void aSecondEnterpriseWithTheSameCodeIsAConflict() {
        Map<String, Object> body = Fixtures.enterprise("淮北矿业（集团）有限责任公司", "340600", "B", "06");
        Fixtures.createEnterprise(TestTokens.union("340600"), body);
        body.put("name", "另一家公司");
        String before = Db.fingerprint();
        Fixtures.post(TestTokens.union("340000"), "/api/v1/enterprises", body).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("unifiedSocialCreditCode"));
        assertEquals(before, Db.fingerprint());
    }

    @Test
    void updatesNeedTheCurrentVersionAndCarryIntoStudios() {
        String id = Fixtures.createEnterprise(BAOTOU, "包头钢铁（集团）有限责任公司");
        String studio = Fixtures.createStudio(BAOTOU, id, "包钢稀土钢板材创新工作室");
        Map<String, Object> body = Fixtures.enterprise("包头钢铁（集团）有限责任公司（包钢）", BAOTOU, "C", "31");
        String path = "/api/v1/enterprises/" + id;
        String union = TestTokens.union(BAOTOU);
        String before = Db.fingerprint();
        Fixtures.put(union, path, null, body).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        Fixtures.put(union, path, "\"7\"", body).then().statusCode(412).contentType("application/problem+json");
        assertEquals(before, Db.fingerprint());

        Fixtures.put(union, path, "\"1\"", body).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("包头钢铁（集团）有限责任公司（包钢）")).body("industryDivision", equalTo("31"))
                .body("version", equalTo(2));
        Fixtures.put(union, path, "\"1\"", body).then().statusCode(412);
        assertEquals(List.of("enterprise.registered.v2", "enterprise.updated.v2"), Db.eventTypes(id));
        // the studio carries the enterprise's name and industry, so it changed too, and said so
        Fixtures.get(union, "/api/v1/studios/" + studio).then().statusCode(200)
                .body("enterpriseName", equalTo("包头钢铁（集团）有限责任公司（包钢）"))
                .body("industryDivision", equalTo("31")).body("version", equalTo(2));
        assertEquals(List.of("studio.registered.v1", "studio.updated.v1"), Db.eventTypes(studio));

        // the same details again change nothing and publish nothing
        Fixtures.put(union, path, "\"2\"", body).then().statusCode(200).body("version", equalTo(2));
        assertEquals(2, Db.eventTypes(id).size());
    }

    @Test
    void aUnionCannotMoveAnEnterpriseOutOfItsRegion() {
        String id = Fixtures.createEnterprise("340600", "安徽相邦复合材料有限公司");
        String before = Db.fingerprint();
        Fixtures.put(TestTokens.union("340600"), "/api/v1/enterprises/" + id, "\"1\"",
                Fixtures.enterprise("安徽相邦复合材料有限公司", "340000", "C", "37")).then().statusCode(403)
                .contentType("application/problem+json").body("errors[0].field", equalTo("regionCode"));
        assertEquals(before, Db.fingerprint());
    }

    @Test
    void listsArePagedFilteredAndScoped() {
        String mine = Fixtures.createEnterprise("340600", "淮北市建投控股集团有限公司");
        String neighbour = Fixtures.createEnterprise("110000", "北京市自来水集团有限责任公司");
        Fixtures.get(TestTokens.union("340000"), "/api/v1/enterprises?size=200").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(neighbour)))
                .body("items.regionCode", not(hasItem("110000")));
        Fixtures.get(TestTokens.coordinator(), "/api/v1/enterprises?text=建投&region=340000").then().statusCode(200)
                .body("items.id", contains(mine)).body("total", equalTo(1));
        Fixtures.get(TestTokens.union("340000"), "/api/v1/enterprises?region=110000").then().statusCode(200)
                .body("total", equalTo(0));
        Fixtures.get(TestTokens.operator(), "/api/v1/enterprises?page=0&size=1").then().statusCode(200)
                .body("size", equalTo(1)).body("items.size()", equalTo(1));
        Fixtures.get(TestTokens.operator(), "/api/v1/enterprises?size=500").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        Fixtures.get(TestTokens.operator(), "/api/v1/enterprises?ownership=PRIVATE").then().statusCode(400)
                .body("errors[0].field", equalTo("ownership"));
    }

    private static void problem(Map<String, Object> body, int status, String field, String message) {
        var response = Fixtures.post(TestTokens.union("150000"), "/api/v1/enterprises", body).then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
        if (message != null) {
            response.body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        }
    }
}
