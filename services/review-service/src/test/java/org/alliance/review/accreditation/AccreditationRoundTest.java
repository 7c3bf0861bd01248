package org.alliance.review.accreditation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.RecordedEvent;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;
import org.alliance.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Beijing's yearly accreditation round through the API, PostgreSQL and Kafka: 100 registered studios
 * nominated by their district unions, scored by three experts each against the seven haves (an
 * insider and an expert who declared a conflict refused), 80 places and a pass mark of 60. The round
 * accredits exactly the best 80 at or above the pass mark, ties at the cut by earlier nomination, and
 * publishes one accreditation.decided.v1 per candidate (the registry's AccreditationRoundTest replays
 * the recorded one).
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class AccreditationRoundTest {

    static final String TOPIC = "alliance.review.accreditation";
    static final String CITY = TestTokens.union("110000", "CITY");
    static final String[] DISTRICTS = {"110105", "110108", "110101"};
    final TestDatabase db = TestDatabase.ofServiceUnderTest();

    @BeforeAll
    static void topics() {
        Registry.topics();
    }

    @Test
    void aRoundOfAHundredCandidatesAccreditsExactlyTheBestEightyAtOrAboveThePassMark() {
        List<UUID> studios = new ArrayList<>();
        List<UUID> enterprises = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            studios.add(UUID.randomUUID());
            enterprises.add(UUID.randomUUID());
            Registry.studio(studios.get(i), enterprises.get(i), "北京第" + (i + 1) + "职工创新工作室", DISTRICTS[i % 3], "REGISTERED",
                    i % 2 == 0 ? "DISTRICT_BUREAU_GROUP" : "ENTERPRISE");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("SELECT count(*) FROM studio WHERE name LIKE '北京第%职工创新工作室'") == 100);

        String round = given().auth().oauth2(CITY).contentType("application/json").body(Map.of("year", 2021))
                .post("/api/v1/accreditation-rounds").then().statusCode(201)
                .body("places", equalTo(80)).body("passScore", equalTo(60)).body("regionCode", equalTo("110000"))
                .extract().path("id");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            cases.add(nominate(TestTokens.union(DISTRICTS[i % 3], "DISTRICT"), round, studios.get(i), 201).extract().path("id"));
        }

        // values: 15 below the pass mark (40-54); the 85 others fall in threes (95, 95, 94, 94, 94, ...) so that the
        // 80th and 81st of the ranking tie at 68; the order of nomination is not the order of the values
        Map<Integer, Integer> value = new HashMap<>();
        List<Integer> order = IntStream.range(0, 100).boxed().sorted(Comparator.comparing(i -> (i * 37) % 100)).toList();
        for (int k = 0; k < 100; k++) {
            value.put(order.get(k), k < 85 ? 95 - (k + 1) / 3 : 40 + k - 85);
        }
        int unscored = order.get(0); // the best of all, scored by two experts only
        int conflicted = order.get(50);
        List<UUID> experts = List.of(expert("张伟", null, null), expert("李娜", null, null), expert("王强", null, null));
        UUID insider = expert("赵敏", enterprises.get(conflicted), null);
        UUID declared = expert("钱进", null, studios.get(conflicted));
        score(insider, round, cases.get(conflicted), 100).statusCode(409).body("errors[0].field", equalTo("expert"));
        score(declared, round, cases.get(conflicted), 100).statusCode(409).body("errors[0].field", equalTo("expert"));
        for (int i = 0; i < 100; i++) {
            for (int e = 0; e < (i == unscored ? 2 : 3); e++) {
                score(experts.get(e), round, cases.get(i), value.get(i)).statusCode(201);
            }
        }
        score(experts.get(0), round, cases.get(1), 70).statusCode(409).body("errors[0].field", equalTo("expert"));

        // the oracle: scored candidates by value, then nomination order; the first 80 at or above 60
        List<Integer> ranking = IntStream.range(0, 100).filter(i -> i != unscored).boxed()
                .sorted(Comparator.comparing((Integer i) -> -value.get(i)).thenComparing(i -> i)).toList();
        assertEquals(value.get(ranking.get(79)), value.get(ranking.get(80)), "the 80th and 81st tie: the tie-break decides");
        Set<String> best = ranking.stream().filter(i -> value.get(i) >= 60).limit(80).map(i -> studios.get(i).toString())
                .collect(Collectors.toSet());
        assertEquals(80, best.size());

        String before = fingerprint(round);
        JsonNode preview = given().auth().oauth2(CITY).get("/api/v1/accreditation-rounds/" + round + "/decision/preview")
                .then().statusCode(200).body("decided", equalTo(false)).body("accredited", equalTo(80))
                .body("unfilledPlaces", equalTo(0)).extract().as(JsonNode.class);
        assertEquals(before, fingerprint(round), "a preview keeps and publishes nothing");
        assertEquals(best, accredited(preview));

        JsonNode decided = given().auth().oauth2(CITY).post("/api/v1/accreditation-rounds/" + round + "/decision")
                .then().statusCode(201).body("decided", equalTo(true)).body("decidedBy", equalTo("110000"))
                .extract().as(JsonNode.class);
        assertEquals(best, accredited(decided));
        assertEquals(lines(preview), lines(decided), "the preview is the decision");
        Map<String, JsonNode> byStudio = new LinkedHashMap<>();
        decided.path("candidates").forEach(c -> byStudio.put(c.path("studioId").asText(), c));
        assertEquals("NOT_SCORED", byStudio.get(studios.get(unscored).toString()).path("reasonCode").asText());
        assertEquals("2位专家评分，不足3位，未参加排名，未予认定。", byStudio.get(studios.get(unscored).toString()).path("reason").asText());
        JsonNode first = decided.path("candidates").get(0);
        assertEquals(1, first.path("rank").asInt());
        assertEquals("ACCREDITED", first.path("reasonCode").asText());
        JsonNode cut = byStudio.get(studios.get(ranking.get(80)).toString());
        assertEquals("PLACES_FILLED", cut.path("reasonCode").asText());
        assertEquals(81, cut.path("rank").asInt());
        assertEquals("3位专家七有标准平均分68分，排名第81，达到合格分60分，但80个认定名额已满，未予认定。", cut.path("reason").asText());
        assertEquals("BELOW_PASS_MARK", byStudio.get(studios.get(order.get(99)).toString()).path("reasonCode").asText());
        assertEquals(value.get(conflicted).doubleValue(), byStudio.get(studios.get(conflicted).toString()).path("averageScore").asDouble(),
                "the refused experts' scores count for nothing");

        given().auth().oauth2(CITY).post("/api/v1/accreditation-rounds/" + round + "/decision").then().statusCode(409)
                .body("rule", equalTo("round-decided"));
        given().auth().oauth2(CITY).get("/api/v1/accreditation-rounds/" + round + "/decision").then().statusCode(200)
                .body("accredited", equalTo(80));
        score(experts.get(2), round, cases.get(unscored), 99).statusCode(409);

        // one accreditation.decided.v1 per candidate on the round's topic, accredited ones exactly the best 80
        List<TopicReader.Event> events = TopicReader.eventsUntil(TOPIC, e -> round.equals(e.data().path("roundId").asText()),
                Duration.ofSeconds(60), l -> l.size() >= 100);
        assertEquals(100, events.size());
        assertEquals(best, events.stream().filter(e -> "ACCREDITED".equals(e.data().path("decision").asText()))
                .map(TopicReader.Event::subject).collect(Collectors.toSet()));
        TopicReader.Event one = events.stream().filter(e -> "ACCREDITED".equals(e.data().path("decision").asText())).findFirst().orElseThrow();
        assertEquals("MUNICIPAL", one.data().path("tier").asText());
        assertEquals("110000", one.data().path("decidedBy").asText());
        RecordedEvent.of(one.record()).assertMatchesRecording("accreditation.decided.v1");
    }

    @Test
    void nominationsAreRegisteredStudiosOfTheRoundsRegionByItsUnions() {
        UUID works = UUID.randomUUID();
        UUID registered = UUID.randomUUID();
        UUID districtLevel = UUID.randomUUID();
        UUID municipal = UUID.randomUUID();
        UUID revoked = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        Registry.studio(registered, works, "海淀焊接创新工作室", "110108", "REGISTERED", "MUNICIPAL");
        Registry.studio(districtLevel, works, "朝阳区级数控创新工作室", "110105", "ACCREDITED", "DISTRICT_BUREAU_GROUP");
        Registry.studio(municipal, works, "市级电力创新工作室", "110105", "ACCREDITED", "MUNICIPAL");
        Registry.studio(revoked, works, "已撤销创新工作室", "110105", "REVOKED", "DISTRICT_BUREAU_GROUP");
        Registry.studio(elsewhere, works, "上海船舶创新工作室", "310115", "REGISTERED", "ENTERPRISE");
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("SELECT count(*) FROM studio WHERE id IN (?, ?, ?, ?, ?)",
                registered, districtLevel, municipal, revoked, elsewhere) == 5);
        String city = TestTokens.union("110000", "CITY");

        round(city, Map.of("year", 2030, "places", 79)).statusCode(400).body("errors[0].field", equalTo("places"));
        round(city, Map.of("year", 2016)).statusCode(400).body("errors[0].field", equalTo("year"));
        round(TestTokens.union("110000", "DISTRICT"), Map.of("year", 2030)).statusCode(403).body("errors[0].field", equalTo("level"));
        String round = round(city, Map.of("year", 2030, "places", 120, "passScore", 75)).statusCode(201)
                .body("places", equalTo(120)).extract().path("id");
        round(city, Map.of("year", 2030)).statusCode(409).body("errors[0].field", equalTo("year")).body("rule", equalTo("round-exists"));

        String haidian = TestTokens.union("110108", "DISTRICT");
        nominate(haidian, round, registered, 201).body("studioName", equalTo("海淀焊接创新工作室")).body("nominatingLevel", equalTo("DISTRICT"));
        nominate(haidian, round, registered, 409).body("rule", equalTo("studio-already-nominated"));
        nominate(haidian, round, districtLevel, 422).body("rule", equalTo("studio-unknown")).body("errors[0].field", equalTo("studioId"));
        nominate(city, round, districtLevel, 201);
        nominate(city, round, municipal, 422).body("rule", equalTo("studio-already-accredited"));
        nominate(city, round, revoked, 422).body("rule", equalTo("studio-revoked"));
        nominate(city, round, elsewhere, 422).body("rule", equalTo("studio-unknown"));
        nominate(TestTokens.union("310000", "CITY"), round, elsewhere, 404);
        nominate(TestTokens.unitUnion("110108", works), round, registered, 403).body("errors[0].field", equalTo("level"));
        given().auth().oauth2(city).contentType("application/json").body(Map.of("note", "缺少工作室"))
                .post("/api/v1/accreditation-rounds/" + round + "/nominations").then().statusCode(400)
                .body("errors[0].field", equalTo("studioId"));

        // the district union sees its own nominee, the city union both; with fewer candidates than places the round
        // accredits those at or above the pass mark and leaves the other places unfilled
        given().auth().oauth2(haidian).get("/api/v1/accreditation-rounds/" + round + "/nominations").then().statusCode(200)
                .body("total", equalTo(1));
        List<String> ids = given().auth().oauth2(city).get("/api/v1/accreditation-rounds/" + round + "/nominations").then()
                .statusCode(200).body("total", equalTo(2)).extract().path("items.id");
        List<UUID> experts = List.of(expert("周平", null, null), expert("吴刚", null, null), expert("郑洁", null, null));
        for (UUID e : experts) {
            score(e, round, ids.get(0), 80).statusCode(201);
            score(e, round, ids.get(1), 70).statusCode(201);
        }
        given().auth().oauth2(city).post("/api/v1/accreditation-rounds/" + round + "/decision").then().statusCode(201)
                .body("accredited", equalTo(1)).body("unfilledPlaces", equalTo(119))
                .body("candidates.reasonCode", org.hamcrest.Matchers.contains("ACCREDITED", "BELOW_PASS_MARK"));
        given().auth().oauth2(city).get("/api/v1/accreditation-rounds/" + round + "/nominations/" + ids.get(0)).then()
                .statusCode(200).body("decision", equalTo("ACCREDITED")).body("scores.size()", equalTo(3))
                .body("studioName", equalTo("海淀焊接创新工作室"));
        nominate(city, round, elsewhere, 409).body("rule", equalTo("round-decided"));
    }

    private static Set<String> accredited(JsonNode decision) {
        Set<String> ids = new java.util.HashSet<>();
        decision.path("candidates").forEach(c -> {
            if ("ACCREDITED".equals(c.path("decision").asText())) {
                ids.add(c.path("studioId").asText());
            }
        });
        return ids;
    }

    private static List<String> lines(JsonNode decision) {
        List<String> lines = new ArrayList<>();
        decision.path("candidates").forEach(c -> lines.add(c.toString()));
        return lines;
    }

    /** Rows a closing would write: decisions on the round's cases, the round's status, outbox rows of the topic. */
    private String fingerprint(String round) {
        return db.rows("SELECT (SELECT status FROM accreditation_round WHERE id = ?::uuid) AS status,"
                + " (SELECT count(*) FROM accreditation_case WHERE round_id = ?::uuid AND decision IS NOT NULL) AS decided,"
                + " (SELECT count(*) FROM eventing.outbox_event WHERE topic = ?) AS events", round, round, TOPIC).toString();
    }

    static ValidatableResponse round(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/accreditation-rounds").then();
    }

    static ValidatableResponse nominate(String token, String round, UUID studio, int status) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("studioId", studio.toString(), "note", "区总工会推荐：七有标准齐备，创新成果突出。"))
                .post("/api/v1/accreditation-rounds/" + round + "/nominations").then().statusCode(status);
    }

    /** Every item of the seven haves scored {@code points}. */
    static ValidatableResponse score(UUID expert, String round, String caseId, int points) {
        Map<String, Object> body = new HashMap<>();
        for (String item : List.of("modelWorkerLead", "team", "venue", "equipment", "rules", "funding", "results")) {
            body.put(item, points);
        }
        body.put("comment", "查阅创新成果台账，现场查看活动场地。");
        return given().auth().oauth2(TestTokens.reviewer(expert)).contentType("application/json").body(body)
                .post("/api/v1/accreditation-rounds/" + round + "/nominations/" + caseId + "/scores").then();
    }

    static UUID expert(String name, UUID employer, UUID declaredConflict) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("affiliation", "北京市职工技术协会");
        body.put("specialty", "职工创新工作室评估");
        body.put("regionCode", "110000");
        if (employer != null) {
            body.put("employerEnterpriseId", employer.toString());
        }
        if (declaredConflict != null) {
            body.put("declaredConflictStudioIds", List.of(declaredConflict.toString()));
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.operator()).contentType("application/json").body(body)
                .post("/api/v1/experts").then().statusCode(201).extract().path("id"));
    }
}
