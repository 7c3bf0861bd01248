package org.alliance.application.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.application.support.Db;
import org.alliance.application.support.Decisions;
import org.alliance.application.support.Studios;
import org.alliance.application.support.TestClock;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint against every kind of caller: the status each gets, problem+json on every refusal,
 * and that a refused request changed nothing. The records live in Beijing's Chaoyang district
 * (110105); the own union is Beijing's (110000, also the calls' issuing union), the other Shanghai's.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class TenantMatrixTest {

    enum Caller { NO_TOKEN, OWN_UNION, OTHER_UNION, COORDINATOR, REVIEWER, OPERATOR }

    static final int YEAR = 2044;
    static final AtomicInteger CALL_YEARS = new AtomicInteger(2050);
    static String patentCall;
    static String projectCall;

    @Inject
    TestClock clock;

    @BeforeEach
    void open() {
        clock.setChinaTime(LocalDateTime.parse(YEAR + "-10-08T09:30:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** One operation: how to make a fresh target, how to call it, what each caller gets (own, other, coordinator, reviewer, operator). */
    record Op(String name, Supplier<String> target, BiFunction<RequestSpecification, String, Response> call, int... expected) {
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointForEveryCaller() {
        return operations().stream().map(op -> DynamicContainer.dynamicContainer(op.name(), Stream.of(Caller.values())
                .map(caller -> DynamicTest.dynamicTest(caller.name(), () -> check(op, caller)))));
    }

    private void check(Op op, Caller caller) {
        clock.setChinaTime(LocalDateTime.parse(YEAR + "-10-08T09:30:00"));
        String target = op.target().get();
        String before = Db.fingerprint();
        RequestSpecification request = caller == Caller.NO_TOKEN ? given() : given().auth().oauth2(token(caller));
        Response response = op.call().apply(request, target);
        int expected = caller == Caller.NO_TOKEN ? 401 : op.expected()[caller.ordinal() - 1];
        assertEquals(expected, response.statusCode(), op.name() + " as " + caller + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0], response.asString());
            assertEquals(before, Db.fingerprint(), op.name() + " as " + caller + " must change nothing");
        }
        if (expected == 200 && op.name().startsWith("GET /api/v1/") && !op.name().endsWith("}") && response.contentType().contains("json")
                && response.jsonPath().get("items") != null) {
            List<Object> ids = response.jsonPath().getList("items.id");
            // published calls are public; every other list is confined to the caller's region
            if (caller == Caller.OTHER_UNION && !op.name().equals("GET /api/v1/calls")) {
                assertThat(op.name(), ids, not(hasItem(target)));
            }
        }
    }

    private static String token(Caller caller) {
        return switch (caller) {
            case OWN_UNION -> TestTokens.union("110000");
            case OTHER_UNION -> TestTokens.union("310000");
            case COORDINATOR -> TestTokens.coordinator();
            case REVIEWER -> TestTokens.reviewer();
            case OPERATOR -> TestTokens.operator();
            case NO_TOKEN -> null;
        };
    }

    static final String OWN = TestTokens.union("110000");

    private static void calls() {
        if (patentCall == null) {
            patentCall = Calls.published(Calls.patentCall(YEAR, YEAR + "-03-01", YEAR + "-11-15"));
            projectCall = Calls.published(Calls.projectCall(YEAR, YEAR + "-09-01", YEAR + "-11-15"));
        }
    }

    private static String draftCall() {
        return given().auth().oauth2(OWN).contentType("application/json").body(Calls.projectCall(CALL_YEARS.getAndIncrement(),
                "2060-09-01", "2060-11-15")).when().post("/api/v1/calls").then().statusCode(201).extract().path("id");
    }

    private static String draftApplication() {
        calls();
        return Applications.draft(OWN, Applications.patent(patentCall, YEAR));
    }

    private static String fundedProject() {
        calls();
        UUID studio = Studios.accredited("110105", "MUNICIPAL");
        String id = Applications.draft(OWN, Applications.project(projectCall, YEAR, studio));
        Applications.submit(OWN, id).statusCode(200);
        Decisions.fund(id, projectCall, studio, "A", 100_000);
        return given().auth().oauth2(OWN).queryParam("size", 200).when().get("/api/v1/projects").then()
                .extract().path("items.find { it.applicationId == '" + id + "' }.id");
    }

    private static String reportedProject() {
        String project = fundedProject();
        given().auth().oauth2(OWN).contentType("application/json").body(Map.of("report", "已完成"))
                .when().post("/api/v1/projects/" + project + "/completion-report").then().statusCode(200);
        return project;
    }

    private static String attachment() {
        String application = draftApplication();
        String file = given().auth().oauth2(OWN).contentType("application/pdf").body("%PDF-1.4 批复".getBytes(StandardCharsets.UTF_8))
                .queryParam("fileName", "批复.pdf").when().post("/api/v1/applications/" + application + "/attachments")
                .then().statusCode(201).extract().path("id");
        return application + "/attachments/" + file;
    }

    private static Map<String, Object> outcomeOf(String project) {
        Map<String, Object> o = new HashMap<>();
        o.put("projectId", project);
        o.put("kind", "PRODUCT");
        o.put("title", "矩阵成果");
        o.put("summary", "矩阵测试成果");
        o.put("keywords", List.of("矩阵"));
        o.put("industrySection", "C");
        o.put("industryDivision", "37");
        return o;
    }

    private static String outcome() {
        return given().auth().oauth2(OWN).contentType("application/json").body(outcomeOf(fundedProject()))
                .when().post("/api/v1/outcomes").then().statusCode(201).extract().path("id");
    }

    private static List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("POST /api/v1/calls", () -> String.valueOf(CALL_YEARS.getAndIncrement()),
                (r, year) -> r.contentType("application/json").body(Calls.projectCall(Integer.parseInt(year), "2060-09-01", "2060-11-15"))
                        .post("/api/v1/calls"), 201, 403, 403, 403, 201));
        ops.add(new Op("PUT /api/v1/calls/{id}", TenantMatrixTest::draftCall,
                (r, id) -> r.contentType("application/json").body(Calls.projectCall(CALL_YEARS.getAndIncrement(), "2060-09-01", "2060-11-15"))
                        .put("/api/v1/calls/" + id), 200, 404, 403, 403, 200));
        ops.add(new Op("POST /api/v1/calls/{id}/publication", TenantMatrixTest::draftCall,
                (r, id) -> r.post("/api/v1/calls/" + id + "/publication"), 200, 404, 403, 403, 200));
        ops.add(new Op("GET /api/v1/calls/{id} (a draft)", TenantMatrixTest::draftCall,
                (r, id) -> r.get("/api/v1/calls/" + id), 200, 404, 404, 404, 200));
        ops.add(new Op("GET /api/v1/calls/{id} (published)", () -> { calls(); return projectCall; },
                (r, id) -> r.get("/api/v1/calls/" + id), 200, 200, 200, 200, 200));
        ops.add(new Op("GET /api/v1/calls", () -> { calls(); return projectCall; },
                (r, id) -> r.queryParam("size", 200).get("/api/v1/calls"), 200, 200, 200, 200, 200));
        ops.add(new Op("POST /api/v1/applications", () -> { calls(); return patentCall; },
                (r, call) -> r.contentType("application/json").body(Applications.patent(call, YEAR)).post("/api/v1/applications"),
                201, 403, 403, 403, 201));
        ops.add(new Op("PUT /api/v1/applications/{id}", TenantMatrixTest::draftApplication,
                (r, id) -> r.contentType("application/json").body(Applications.patent(patentCall, YEAR)).put("/api/v1/applications/" + id),
                200, 404, 403, 403, 200));
        ops.add(new Op("POST /api/v1/applications/{id}/submission", TenantMatrixTest::draftApplication,
                (r, id) -> r.post("/api/v1/applications/" + id + "/submission"), 200, 404, 403, 403, 200));
        ops.add(new Op("POST /api/v1/applications/{id}/withdrawal", TenantMatrixTest::draftApplication,
                (r, id) -> r.post("/api/v1/applications/" + id + "/withdrawal"), 200, 404, 403, 403, 200));
        ops.add(new Op("GET /api/v1/applications/{id}", TenantMatrixTest::draftApplication,
                (r, id) -> r.get("/api/v1/applications/" + id), 200, 404, 403, 200, 200));
        ops.add(new Op("GET /api/v1/applications", TenantMatrixTest::draftApplication,
                (r, id) -> r.queryParam("size", 200).get("/api/v1/applications"), 200, 200, 403, 200, 200));
        ops.add(new Op("POST /api/v1/applications/{id}/attachments", TenantMatrixTest::draftApplication,
                (r, id) -> r.contentType("application/pdf").body("%PDF-1.4 证书".getBytes(StandardCharsets.UTF_8)).queryParam("fileName", "证书.pdf")
                        .post("/api/v1/applications/" + id + "/attachments"), 201, 404, 403, 403, 201));
        ops.add(new Op("GET /api/v1/applications/{id}/attachments", TenantMatrixTest::draftApplication,
                (r, id) -> r.get("/api/v1/applications/" + id + "/attachments"), 200, 404, 403, 200, 200));
        ops.add(new Op("GET /api/v1/applications/{id}/attachments/{attachmentId}", TenantMatrixTest::attachment,
                (r, path) -> r.get("/api/v1/applications/" + path), 200, 404, 403, 200, 200));
        ops.add(new Op("GET /api/v1/projects", TenantMatrixTest::fundedProject,
                (r, id) -> r.queryParam("size", 200).get("/api/v1/projects"), 200, 200, 403, 200, 200));
        ops.add(new Op("GET /api/v1/projects/{id}", TenantMatrixTest::fundedProject,
                (r, id) -> r.get("/api/v1/projects/" + id), 200, 404, 403, 200, 200));
        ops.add(new Op("POST /api/v1/projects/{id}/completion-report", TenantMatrixTest::fundedProject,
                (r, id) -> r.contentType("application/json").body(Map.of("report", "项目完成")).post("/api/v1/projects/" + id + "/completion-report"),
                200, 404, 403, 403, 403));
        ops.add(new Op("POST /api/v1/projects/{id}/completion-verdict", TenantMatrixTest::reportedProject,
                (r, id) -> r.contentType("application/json").body(Map.of("verdict", "ACCEPTED")).post("/api/v1/projects/" + id + "/completion-verdict"),
                200, 404, 403, 403, 403));
        ops.add(new Op("POST /api/v1/outcomes", TenantMatrixTest::fundedProject,
                (r, project) -> r.contentType("application/json").body(outcomeOf(project)).post("/api/v1/outcomes"),
                201, 422, 403, 403, 201));
        ops.add(new Op("GET /api/v1/outcomes/{id}", TenantMatrixTest::outcome,
                (r, id) -> r.get("/api/v1/outcomes/" + id), 200, 404, 200, 200, 200));
        ops.add(new Op("GET /api/v1/outcomes", TenantMatrixTest::outcome,
                (r, id) -> r.queryParam("size", 200).get("/api/v1/outcomes"), 200, 200, 200, 200, 200));
        return ops;
    }
}
