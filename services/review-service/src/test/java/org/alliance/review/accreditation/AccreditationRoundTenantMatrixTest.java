package org.alliance.review.accreditation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every accreditation round endpoint against every identity: no token, Tianjin's city union, a
 * district-level union of the city, a district union and a unit union inside it, a union naming no
 * level, another province's city union, a coordinator, a reviewer without and with an expert, an
 * operator. Status and problem+json; every refusal keeps and publishes nothing; the permitted writes
 * come after the refusals.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class AccreditationRoundTenantMatrixTest {

    static final String[] ENDPOINTS = {"create", "list", "get", "nominate", "nominations", "nomination", "score", "preview",
        "close", "final"};
    final TestDatabase db = TestDatabase.ofServiceUnderTest();

    @BeforeAll
    static void topics() {
        Registry.topics();
    }

    @Test
    void everyIdentityAgainstEveryEndpoint() {
        UUID works = UUID.randomUUID();
        UUID nominated = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        Registry.studio(nominated, works, "滨海新区焊接创新工作室", "120116", "REGISTERED", "ENTERPRISE");
        Registry.studio(candidate, works, "滨海新区数控创新工作室", "120116", "REGISTERED", "ENTERPRISE");
        Registry.studio(another, works, "滨海新区电气创新工作室", "120116", "REGISTERED", "ENTERPRISE");
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("SELECT count(*) FROM studio WHERE id IN (?, ?, ?)",
                nominated, candidate, another) == 3);
        String city = TestTokens.union("120000", "CITY");
        String round = AccreditationRoundTest.round(city, Map.of("year", 2022)).statusCode(201).extract().path("id");
        String nomination = AccreditationRoundTest.nominate(city, round, nominated, 201).extract().path("id");
        UUID expert = AccreditationRoundTest.expert("冯涛", null, null);

        Map<String, String> who = new LinkedHashMap<>();
        who.put("none", null);
        who.put("city union", city);
        who.put("district-level union of the city", TestTokens.union("120000", "DISTRICT"));
        who.put("district union inside", TestTokens.union("120101", "DISTRICT"));
        who.put("unit union inside", TestTokens.unitUnion("120116", works));
        who.put("union naming no level", TestTokens.union("120000"));
        who.put("another province's city union", TestTokens.union("310000", "CITY"));
        who.put("coordinator", TestTokens.coordinator());
        who.put("reviewer without expert", TestTokens.reviewer());
        who.put("reviewer", TestTokens.reviewer(expert));
        who.put("operator", TestTokens.operator());

        // create, list, get, nominate, nominations, nomination, score, preview, close, final (before the closing)
        Map<String, int[]> expected = new HashMap<>();
        expected.put("none", new int[] {401, 401, 401, 401, 401, 401, 401, 401, 401, 401});
        expected.put("city union", new int[] {409, 200, 200, 201, 200, 200, 403, 200, 201, 404});
        expected.put("district-level union of the city", new int[] {403, 200, 200, 201, 200, 200, 403, 403, 403, 403});
        expected.put("district union inside", new int[] {403, 200, 200, 422, 200, 404, 403, 403, 403, 403});
        expected.put("unit union inside", new int[] {403, 200, 200, 403, 200, 200, 403, 403, 403, 403});
        expected.put("union naming no level", new int[] {403, 200, 200, 403, 200, 200, 403, 403, 403, 403});
        expected.put("another province's city union", new int[] {201, 200, 404, 404, 404, 404, 403, 404, 404, 404});
        expected.put("coordinator", new int[] {403, 200, 200, 403, 200, 200, 403, 200, 403, 404});
        expected.put("reviewer without expert", new int[] {403, 200, 200, 403, 200, 200, 403, 403, 403, 403});
        expected.put("reviewer", new int[] {403, 200, 200, 403, 200, 200, 201, 403, 403, 403});
        expected.put("operator", new int[] {403, 200, 200, 403, 200, 200, 403, 200, 403, 404});

        List<Runnable> permitted = new ArrayList<>();
        List<Runnable> closing = new ArrayList<>();
        for (var identity : who.entrySet()) {
            int[] statuses = expected.get(identity.getKey());
            for (int e = 0; e < ENDPOINTS.length; e++) {
                String endpoint = ENDPOINTS[e];
                int status = statuses[e];
                String token = identity.getValue();
                UUID studio = identity.getKey().equals("city union") ? candidate : another;
                Runnable call = () -> check(identity.getKey(), endpoint,
                        send(token, endpoint, round, nomination, studio), status);
                boolean write = List.of("create", "nominate", "score", "close").contains(endpoint);
                if (write && status < 300) {
                    (endpoint.equals("close") ? closing : permitted).add(call);
                    continue;
                }
                String before = fingerprint();
                call.run();
                assertEquals(before, fingerprint(), identity.getKey() + " " + endpoint + ": a refused or reading request changes nothing");
            }
        }
        // the permitted writes, the city union's closing last
        permitted.forEach(Runnable::run);
        closing.forEach(Runnable::run);
        for (var identity : who.entrySet()) {
            int status = switch (identity.getKey()) {
                case "city union", "coordinator", "operator" -> 200;
                default -> expected.get(identity.getKey())[9];
            };
            check(identity.getKey(), "final after closing", send(identity.getValue(), "final", round, nomination, another), status);
        }
        assertEquals(2L, db.count("SELECT count(*) FROM accreditation_case WHERE round_id = ?::uuid AND studio_id <> ?",
                round, nominated));
        assertEquals(1L, db.count("SELECT count(*) FROM accreditation_round WHERE region_code = '310000' AND year = 2022"));
    }

    static Response send(String token, String endpoint, String round, String nomination, UUID studio) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        String base = "/api/v1/accreditation-rounds";
        String at = base + "/" + round;
        return switch (endpoint) {
            case "create" -> request.contentType("application/json").body(Map.of("year", 2022)).post(base);
            case "list" -> request.get(base);
            case "get" -> request.get(at);
            case "nominate" -> request.contentType("application/json").body(Map.of("studioId", studio.toString())).post(at + "/nominations");
            case "nominations" -> request.get(at + "/nominations");
            case "nomination" -> request.get(at + "/nominations/" + nomination);
            case "score" -> request.contentType("application/json").body(scores()).post(at + "/nominations/" + nomination + "/scores");
            case "preview" -> request.get(at + "/decision/preview");
            case "close" -> request.post(at + "/decision");
            case "final" -> request.get(at + "/decision");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    static Map<String, Object> scores() {
        Map<String, Object> body = new HashMap<>();
        for (String item : List.of("modelWorkerLead", "team", "venue", "equipment", "rules", "funding", "results")) {
            body.put(item, 75);
        }
        body.put("comment", "工作制度健全，经费有保障。");
        return body;
    }

    static void check(String who, String what, Response response, int status) {
        assertEquals(status, response.statusCode(), who + " " + what + ": " + response.asString());
        if (status >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0], who + " " + what);
        }
    }

    private String fingerprint() {
        return db.rows("SELECT (SELECT count(*) FROM accreditation_round) AS rounds,"
                + " (SELECT string_agg(status, ',' ORDER BY id) FROM accreditation_round) AS statuses,"
                + " (SELECT count(*) FROM accreditation_case) AS cases,"
                + " (SELECT count(*) FROM accreditation_case WHERE decision IS NOT NULL) AS decided,"
                + " (SELECT count(*) FROM accreditation_score) AS scores,"
                + " (SELECT count(*) FROM eventing.outbox_event WHERE topic = 'alliance.review.accreditation') AS events").toString();
    }
}
