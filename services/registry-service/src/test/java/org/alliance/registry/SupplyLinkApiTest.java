package org.alliance.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
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
class SupplyLinkApiTest {

    private static final String HUAIBEI = "340600";

    @Test
    void linksAreDirectedUniqueAndNeverSelf() {
        String union = TestTokens.union(HUAIBEI);
        String mine = Fixtures.createEnterprise(HUAIBEI, "淮北矿业股份有限公司");
        String plant = Fixtures.createEnterprise(HUAIBEI, "淮北国安电力有限公司");
        String link = Fixtures.post(union, "/api/v1/supply-links", link(mine, plant, "动力煤")).then().statusCode(201)
                .header("ETag", "\"1\"").body("product", equalTo("动力煤")).body("active", equalTo(true))
                .extract().path("id");
        assertEquals(List.of("supply-link.created.v1"), Db.eventTypes(link));

        String before = Db.fingerprint();
        Fixtures.post(union, "/api/v1/supply-links", link(mine, plant, "洗精煤")).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("downstreamEnterpriseId"));
        Fixtures.post(union, "/api/v1/supply-links", link(mine, mine, "自用煤")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("downstreamEnterpriseId"));
        Fixtures.post(union, "/api/v1/supply-links", link(mine, "00000000-0000-0000-0000-000000000000", "煤")).then()
                .statusCode(422).body("errors[0].field", equalTo("downstreamEnterpriseId"));
        Fixtures.post(union, "/api/v1/supply-links", Map.of("upstreamEnterpriseId", mine, "product", "煤")).then()
                .statusCode(400).body("errors[0].field", equalTo("downstreamEnterpriseId"));
        assertEquals(before, Db.fingerprint());

        // the other direction is another link
        Fixtures.post(union, "/api/v1/supply-links", link(plant, mine, "电力")).then().statusCode(201);
    }

    @Test
    void removalIsAnEventAndTheLinkCanBeMadeAgain() {
        String union = TestTokens.union(HUAIBEI);
        String a = Fixtures.createEnterprise(HUAIBEI, "淮北市华润电力有限公司");
        String b = Fixtures.createEnterprise(HUAIBEI, "淮北市城市投资控股集团有限公司");
        String link = Fixtures.post(union, "/api/v1/supply-links", link(a, b, "热力")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(union).header("If-Match", "\"5\"").delete("/api/v1/supply-links/" + link).then()
                .statusCode(412);
        given().auth().oauth2(union).header("If-Match", "\"1\"").delete("/api/v1/supply-links/" + link).then()
                .statusCode(200).body("active", equalTo(false)).body("version", equalTo(2));
        given().auth().oauth2(union).delete("/api/v1/supply-links/" + link).then().statusCode(409);
        assertEquals(List.of("supply-link.created.v1", "supply-link.removed.v1"), Db.eventTypes(link));
        Fixtures.get(union, "/api/v1/supply-links/" + link).then().statusCode(200).body("active", equalTo(false));
        Fixtures.get(union, "/api/v1/enterprises/" + a + "/supply-links?direction=downstream").then().statusCode(200)
                .body("links", empty());
        Fixtures.post(union, "/api/v1/supply-links", link(a, b, "热力")).then().statusCode(201);
    }

    @Test
    void walksTheChainUpstreamAndDownstreamToADepth() {
        String union = TestTokens.union("150000");
        // ore -> steel -> tank hulls -> vehicles, and a cycle back to the ore mine that must not loop
        String ore = Fixtures.createEnterprise("150200", "包头白云鄂博铁矿");
        String steel = Fixtures.createEnterprise("150200", "包头钢铁（集团）有限责任公司");
        String machinery = Fixtures.createEnterprise("150200", "内蒙古第一机械集团有限公司");
        String vehicles = Fixtures.createEnterprise("150000", "内蒙古北方重型汽车股份有限公司");
        String l1 = create(union, ore, steel, "铁精矿");
        String l2 = create(union, steel, machinery, "装甲钢板");
        String l3 = create(union, machinery, vehicles, "车桥总成");
        String l4 = create(union, vehicles, ore, "矿用自卸车");

        Fixtures.get(union, "/api/v1/enterprises/" + machinery + "/supply-links?direction=upstream&depth=1").then()
                .statusCode(200).body("links.linkId", contains(l2)).body("links[0].upstream.name", equalTo("包头钢铁（集团）有限责任公司"))
                .body("links[0].direction", equalTo("UPSTREAM")).body("links[0].depth", equalTo(1));
        Fixtures.get(union, "/api/v1/enterprises/" + machinery + "/supply-links?direction=upstream&depth=3").then()
                .statusCode(200).body("links.linkId", contains(l2, l1, l4)).body("links.depth", contains(1, 2, 3));
        Fixtures.get(union, "/api/v1/enterprises/" + machinery + "/supply-links?direction=downstream&depth=5").then()
                .statusCode(200).body("links.linkId", contains(l3, l4, l1)).body("links.product", contains("车桥总成", "矿用自卸车", "铁精矿"));
        Fixtures.get(union, "/api/v1/enterprises/" + machinery + "/supply-links?direction=both&depth=1").then()
                .statusCode(200).body("links.linkId", containsInAnyOrder(l2, l3));
        Fixtures.get(union, "/api/v1/enterprises/" + machinery + "/supply-links?depth=6").then().statusCode(400)
                .body("errors[0].field", equalTo("depth"));
        Fixtures.get(union, "/api/v1/enterprises/" + machinery + "/supply-links?direction=sideways").then().statusCode(400)
                .body("errors[0].field", equalTo("direction"));
    }

    @Test
    void aUnionWalksOnlyLinksInsideItsRegionWhileCoordinatorsSeeAcrossRegions() {
        String baotou = Fixtures.createEnterprise("150200", "包头北方创业股份有限公司");
        String huaibei = Fixtures.createEnterprise(HUAIBEI, "淮北重工机械有限公司");
        String crossRegion = Fixtures.post(TestTokens.operator(), "/api/v1/supply-links", link(baotou, huaibei, "铁路货车配件"))
                .then().statusCode(201).extract().path("id");
        // a union cannot name another region's enterprise: reported like a missing one
        Fixtures.post(TestTokens.union("150000"), "/api/v1/supply-links", link(baotou, huaibei, "铸件")).then()
                .statusCode(422).body("errors[0].field", equalTo("downstreamEnterpriseId"));
        Fixtures.get(TestTokens.union("150000"), "/api/v1/enterprises/" + baotou + "/supply-links").then().statusCode(200)
                .body("links", empty());
        Fixtures.get(TestTokens.union("150000"), "/api/v1/supply-links/" + crossRegion).then().statusCode(404);
        Fixtures.get(TestTokens.coordinator(), "/api/v1/enterprises/" + baotou + "/supply-links").then().statusCode(200)
                .body("links.linkId", contains(crossRegion)).body("links[0].downstream.regionCode", equalTo(HUAIBEI));
    }

    private static String create(String token, String up, String down, String product) {
        return Fixtures.post(token, "/api/v1/supply-links", link(up, down, product)).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> link(String up, String down, String product) {
        return Map.of("upstreamEnterpriseId", up, "downstreamEnterpriseId", down, "product", product);
    }
}
