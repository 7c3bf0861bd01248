package org.alliance.review.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.testing.TestDatabase;
import org.alliance.testing.TestTokens;

/**
 * A call's review brought to where the decision finds it the way production brings it there: studios
 * through the registry's events, applications through the application service's events, sign-offs,
 * expert assignment and scores through the endpoints. Nothing is written into another part's tables.
 */
public final class SelectionCases {

    static final String CITY = TestTokens.union("110000", "CITY");
    static final TestDatabase DB = TestDatabase.ofServiceUnderTest();
    /** Each studio's enterprise: its unit union signs the studio's applications. */
    static final Map<UUID, UUID> ENTERPRISE_OF = new ConcurrentHashMap<>();

    private SelectionCases() {
    }

    /** Publishes a call (the schema's example, Beijing 2021, window closed) and waits for the copy. */
    public static UUID call(ObjectNode terms) {
        UUID id = UUID.fromString(terms.path("callId").asText());
        Registry.topics();
        Applications.topic();
        Calls.publish(terms);
        await().atMost(Cases.WAIT).until(() -> DB.count("SELECT count(*) FROM funding_call WHERE id = ?", id) == 1);
        return id;
    }

    /** A studio of {@code tier} in {@code region}, accredited in the registry and replicated here. */
    public static UUID studio(String region, String tier) {
        UUID id = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        ENTERPRISE_OF.put(id, enterprise);
        Registry.studio(id, enterprise, region, tier, 1);
        await().atMost(Cases.WAIT).until(() -> DB.count("SELECT count(*) FROM studio WHERE id = ?", id) == 1);
        return id;
    }

    /**
     * A project boost of the studio submitted at {@code submittedAt}, brought by its unions to
     * {@code status}: SIGNED_OFF (unit, district, city approve), REJECTED or RETURNED (by the unit
     * union), WITHDRAWN (by the applicant), IN_SIGN_OFF (as submitted); answers the application id.
     */
    public static UUID application(UUID call, UUID studio, String region, String status, Instant submittedAt) {
        UUID application = UUID.randomUUID();
        ObjectNode form = Applications.project(application, call, studio, region, "数控机床主轴热变形补偿");
        form.put("submittedAt", submittedAt.toString());
        UUID caseId = Cases.open(form);
        String unit = TestTokens.unitUnion(region, ENTERPRISE_OF.get(studio));
        switch (status) {
            case "SIGNED_OFF" -> {
                Cases.approve(unit, caseId, "北京测试企业有限公司工会").statusCode(200);
                Cases.approve(TestTokens.union(region, "DISTRICT"), caseId, "区总工会").statusCode(200);
                Cases.approve(CITY, caseId, "北京市总工会").statusCode(200);
            }
            case "REJECTED" -> Cases.signOff(unit, caseId, "REJECT", "北京测试企业有限公司工会", "项目未经企业立项").statusCode(200);
            case "RETURNED" -> Cases.signOff(unit, caseId, "RETURN", "北京测试企业有限公司工会", "请补充立项批复").statusCode(200);
            case "WITHDRAWN" -> {
                Applications.withdrawn(form);
                await().atMost(Cases.WAIT).until(() -> "WITHDRAWN".equals(Cases.status(caseId)));
            }
            case "IN_SIGN_OFF" -> {
            }
            default -> throw new IllegalArgumentException(status);
        }
        return application;
    }

    /**
     * The review office assigns the call's experts (three fresh ones of the case's division outrank
     * the pool), and the first {@code totals.length} experts assigned to the application's case score
     * it, each its total spread over the default rubric.
     */
    public static void scores(UUID application, UUID call, String... totals) {
        UUID caseId = Cases.awaitCase(application);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.operator()).contentType("application/json")
                    .body(Map.of("name", "张工" + i, "affiliation", "北京某研究院", "specialty", "智能装备", "regionCode", "110000",
                            "industryDivisions", List.of("34"), "keywords", List.of("数控机床", "热变形"), "maxCasesPerCall", 500))
                    .when().post("/api/v1/experts").then().statusCode(201);
        }
        given().auth().oauth2(CITY).when().post("/api/v1/review-calls/" + call + "/assignments").then().statusCode(200);
        List<String> experts = given().auth().oauth2(CITY).when().get("/api/v1/reviews/" + caseId + "/assignment")
                .then().statusCode(200).extract().path("experts.expertId");
        for (int i = 0; i < totals.length; i++) {
            score(UUID.fromString(experts.get(i)), caseId, new BigDecimal(totals[i]));
        }
    }

    /** The default rubric's criteria, in proportion to their maxima; the bonus 0. */
    static void score(UUID expert, UUID caseId, BigDecimal total) {
        BigDecimal technical = total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.DOWN);
        BigDecimal gap = total.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.DOWN);
        BigDecimal process = total.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.DOWN);
        BigDecimal skills = total.subtract(technical).subtract(gap).subtract(process);
        given().auth().oauth2(TestTokens.reviewer(expert)).contentType("application/json")
                .body(Map.of("items", List.of(
                        Map.of("criterion", "TECHNICAL_CONTENT", "points", technical, "comment", "技术含量较高"),
                        Map.of("criterion", "FILLS_GAP", "points", gap, "comment", "填补本企业空白"),
                        Map.of("criterion", "SOLVES_PROCESS_PROBLEM", "points", process, "comment", "解决主轴热变形难题"),
                        Map.of("criterion", "TRAINS_SKILLED_WORKERS", "points", skills, "comment", "培养数控骨干"),
                        Map.of("criterion", "FOCUS_INDUSTRY_BONUS", "points", 0, "comment", "不属于高精尖产业"))))
                .when().post("/api/v1/reviews/" + caseId + "/scores").then().statusCode(201);
    }

    /** The rows of the tables the decision writes, and the outbox: any write shows up. */
    public static List<String> fingerprint() {
        return Db.column("SELECT concat_ws('|', (SELECT count(*) FROM call_selection), (SELECT count(*) FROM funding_decision),"
                + " (SELECT count(*) FROM eventing.outbox_event))");
    }
}
