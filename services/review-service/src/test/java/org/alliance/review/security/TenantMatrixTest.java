package org.alliance.review.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Applications;
import org.alliance.review.support.Cases;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the review cases against every kind of caller: no token, unions of each level
 * inside and outside the case's scope, a union without a level or with a broken one, a unit union
 * without its enterprise, coordinator, reviewer, operator. Each answer's status, problem+json for
 * refusals, and a refused request changes no case, no trail and records no event.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class TenantMatrixTest {

    static final UUID ENTERPRISE = UUID.randomUUID();

    /** The callers, by name; null is no token at all. */
    static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("no token", null);
        CALLERS.put("unit union of the case's enterprise", TestTokens.unitUnion("110105", ENTERPRISE));
        CALLERS.put("unit union of another enterprise", TestTokens.unitUnion("110105", UUID.randomUUID()));
        CALLERS.put("unit union naming no enterprise", TestTokens.union("110105", "UNIT"));
        CALLERS.put("district union of the case's district", TestTokens.union("110105", "DISTRICT"));
        CALLERS.put("district union of another district", TestTokens.union("110108", "DISTRICT"));
        CALLERS.put("city union", TestTokens.union("110000", "CITY"));
        CALLERS.put("city union of another province", TestTokens.union("340000", "CITY"));
        CALLERS.put("union naming no level", TestTokens.union("110000"));
        CALLERS.put("union naming a level that is none", TestTokens.withClaims("union", "110000", Map.of("level", "PROVINCE")));
        CALLERS.put("unit union with an enterprise that is no UUID",
                TestTokens.withClaims("union", "110105", Map.of("level", "UNIT", "enterprise", "91110105MA01")));
        CALLERS.put("coordinator", TestTokens.coordinator());
        CALLERS.put("reviewer", TestTokens.reviewer(UUID.randomUUID()));
        CALLERS.put("operator", TestTokens.operator());
    }

    static UUID call;
    static UUID atUnit;
    static UUID atDistrict;

    /** Opens the two cases once, when the service is up: one at the unit level, one the unit union signed. */
    static synchronized void cases() {
        if (call != null) {
            return;
        }
        Registry.topics();
        Applications.topic();
        UUID callId = UUID.randomUUID();
        atUnit = Cases.project(callId, ENTERPRISE, "110105", "地铁车辆转向架智能检测平台");
        atDistrict = Cases.project(callId, ENTERPRISE, "110105", "盾构刀具磨损监测");
        Cases.approve(CALLERS.get("unit union of the case's enterprise"), atDistrict, "北京地铁车辆装备有限公司工会").statusCode(200);
        call = callId;
    }

    @Test
    void readingACaseAndTheList() {
        cases();
        Map<String, Integer> read = expect(401, 200, 404, 403, 200, 404, 200, 404, 200, 403, 403, 200, 403, 200);
        List<String> wrong = new ArrayList<>();
        CALLERS.forEach((who, token) -> {
            Response one = request(token).get("/api/v1/reviews/" + atUnit);
            check(wrong, who, "GET /api/v1/reviews/{id}", read.get(who), one);
            Response list = request(token).queryParam("callId", call).get("/api/v1/reviews");
            int listed = read.get(who) == 404 ? 200 : read.get(who);
            check(wrong, who, "GET /api/v1/reviews", listed, list);
            if (list.statusCode() == 200) {
                List<String> ids = list.path("items.id");
                boolean sees = read.get(who) == 200;
                if (ids.contains(atUnit.toString()) != sees) {
                    wrong.add(who + ": GET /api/v1/reviews " + (sees ? "misses" : "shows") + " the case");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void signingOffACaseAtTheUnitLevelAndOneAtTheDistrictLevel() {
        cases();
        // refused first: none of them may change anything
        Map<String, Integer> atUnitLevel = expect(401, -1, 404, 403, 409, 404, 409, 404, 403, 403, 403, 403, 403, 403);
        Map<String, Integer> atDistrictLevel = expect(401, 409, 404, 403, -1, 404, 409, 404, 403, 403, 403, 403, 403, 403);
        List<String> wrong = new ArrayList<>();
        String before = Cases.fingerprint();
        CALLERS.forEach((who, token) -> {
            if (atUnitLevel.get(who) != -1) {
                check(wrong, who, "POST sign-offs (case at UNIT)", atUnitLevel.get(who), signOff(token, atUnit));
            }
            if (atDistrictLevel.get(who) != -1) {
                check(wrong, who, "POST sign-offs (case at DISTRICT)", atDistrictLevel.get(who), signOff(token, atDistrict));
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(before, Cases.fingerprint(), "a refused sign-off changed a case, a trail or the outbox");

        // and the one level each case stands at signs it
        assertEquals(200, signOff(CALLERS.get("unit union of the case's enterprise"), atUnit).statusCode());
        assertEquals(200, signOff(CALLERS.get("district union of the case's district"), atDistrict).statusCode());
        assertTrue(!before.equals(Cases.fingerprint()));
    }

    /** Expected statuses in the order of {@link #CALLERS}. */
    private static Map<String, Integer> expect(int... statuses) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        int i = 0;
        for (String who : CALLERS.keySet()) {
            expected.put(who, statuses[i++]);
        }
        assertEquals(CALLERS.size(), i);
        return expected;
    }

    private static io.restassured.specification.RequestSpecification request(String token) {
        var spec = given();
        return token == null ? spec : spec.auth().oauth2(token);
    }

    private static Response signOff(String token, UUID caseId) {
        return request(token).contentType("application/json").body(Map.of("action", "APPROVE", "unionName", "某工会"))
                .post("/api/v1/reviews/" + caseId + "/sign-offs");
    }

    private static void check(List<String> wrong, String who, String what, int expected, Response answer) {
        if (answer.statusCode() != expected) {
            wrong.add(who + ": " + what + " answered " + answer.statusCode() + ", expected " + expected);
        } else if (expected >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            wrong.add(who + ": " + what + " answered " + expected + " as " + answer.contentType());
        }
    }
}
