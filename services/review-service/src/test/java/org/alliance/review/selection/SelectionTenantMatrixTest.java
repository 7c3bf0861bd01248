package org.alliance.review.selection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Calls;
import org.alliance.review.support.SelectionCases;
import org.alliance.testing.TestTokens;
import org.alliance.testing.AllianceTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every selection endpoint against every identity: no token, the city union of the call's region,
 * a district-level union of that region, a district union inside it, another province's city union,
 * a coordinator, a reviewer, an operator. Status, problem+json, and a refused request keeps and
 * publishes nothing; the one permitted closing comes last.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class SelectionTenantMatrixTest {

    @Test
    void everyIdentityAgainstEveryEndpoint() {
        UUID call = SelectionCases.call(Calls.call(UUID.randomUUID()));
        UUID application = SelectionCases.application(call, SelectionCases.studio("110105", "MUNICIPAL"), "110105", "SIGNED_OFF",
                java.time.Instant.parse("2021-10-08T01:00:00Z"));
        SelectionCases.scores(application, call, "90", "91", "92");
        String path = "/api/v1/review-calls/" + call + "/selection";

        Map<String, String> who = new LinkedHashMap<>();
        who.put("none", null);
        who.put("city union", TestTokens.union("110000", "CITY"));
        who.put("district-level union of the city", TestTokens.union("110000", "DISTRICT"));
        who.put("district union inside", TestTokens.union("110105", "DISTRICT"));
        who.put("another province's city union", TestTokens.union("310000", "CITY"));
        who.put("coordinator", TestTokens.coordinator());
        who.put("reviewer", TestTokens.reviewer());
        who.put("operator", TestTokens.operator());

        // expected statuses: preview, closing (refused ones only: the city union's comes last), final before closing
        Map<String, List<Integer>> expected = Map.of(
                "none", List.of(401, 401, 401),
                "city union", List.of(200, 201, 404),
                "district-level union of the city", List.of(403, 403, 403),
                "district union inside", List.of(404, 404, 404),
                "another province's city union", List.of(404, 404, 404),
                "coordinator", List.of(200, 403, 404),
                "reviewer", List.of(403, 403, 403),
                "operator", List.of(200, 403, 404));

        for (var identity : who.entrySet()) {
            List<Integer> statuses = expected.get(identity.getKey());
            List<String> before = SelectionCases.fingerprint();
            check(identity, "GET preview", send(identity.getValue(), "GET", path + "/preview"), statuses.get(0));
            check(identity, "GET final", send(identity.getValue(), "GET", path), statuses.get(2));
            if (!identity.getKey().equals("city union")) {
                check(identity, "POST", send(identity.getValue(), "POST", path), statuses.get(1));
            }
            assertEquals(before, SelectionCases.fingerprint(), identity.getKey() + ": a refused or reading request changes nothing");
        }
        String city = who.get("city union");
        check(Map.entry("city union", city), "POST", send(city, "POST", path), 201);
        for (var identity : who.entrySet()) {
            int status = switch (identity.getKey()) {
                case "city union", "coordinator", "operator" -> 200;
                default -> expected.get(identity.getKey()).get(2);
            };
            check(identity, "GET final after closing", send(identity.getValue(), "GET", path), status);
        }
    }

    static Response send(String token, String method, String path) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().request(method, path);
    }

    static void check(Map.Entry<String, String> identity, String what, Response response, int status) {
        assertEquals(status, response.statusCode(), identity.getKey() + " " + what + ": " + response.asString());
        if (status >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0], identity.getKey() + " " + what);
        }
    }
}
