package org.alliance.application.application;

import static io.restassured.RestAssured.given;
import static org.alliance.application.support.Applications.part;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.application.support.Studios;
import org.alliance.application.support.TestClock;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limits that racing submissions could both pass are held by the database, not by luck. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class ConcurrentSubmissionTest {

    static final String BEIJING = TestTokens.union("110000");
    static final int YEAR = 2041;

    @Inject
    TestClock clock;

    @BeforeEach
    void inTheWindow() {
        clock.setChinaTime(LocalDateTime.parse(YEAR + "-10-08T09:30:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twentyParallelPatentSubmissionsForOneMemberCardGiveOneApplication() throws Exception {
        String call = Calls.published(Calls.patentCall(YEAR, YEAR + "-03-01", YEAR + "-11-15"));
        String card = Applications.memberCard();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> form = Applications.patent(call, YEAR);
            part(form, "patent").put("memberCard", card);
            drafts.add(Applications.draft(BEIJING, form));
        }
        List<Response> answers = race(drafts);
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 19L), byStatus, "one submission wins, every other is refused");
        answers.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("one-patent-boost-per-person-year", r.path("rule")));
        int live = given().auth().oauth2(BEIJING).queryParam("callId", call).queryParam("status", "SUBMITTED")
                .when().get("/api/v1/applications").then().statusCode(200).extract().path("total");
        assertEquals(1, live);
    }

    @Test
    void fiveParallelProjectSubmissionsForOneStudioUnderALimitOfTwo() throws Exception {
        String call = Calls.published(Calls.projectCall(YEAR, YEAR + "-09-01", YEAR + "-11-15"));
        UUID studio = Studios.accredited("110105", "MUNICIPAL");
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drafts.add(Applications.draft(BEIJING, Applications.project(call, YEAR, studio)));
        }
        List<Response> answers = race(drafts);
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(200, 2L, 422, 3L), byStatus, "the call's limit of 2, whatever the interleaving");
        answers.stream().filter(r -> r.statusCode() == 422)
                .forEach(r -> assertEquals("studio-application-limit", r.path("rule")));
        int live = given().auth().oauth2(BEIJING).queryParam("callId", call).queryParam("status", "SUBMITTED")
                .when().get("/api/v1/applications").then().statusCode(200).extract().path("total");
        assertEquals(2, live);
    }

    /** Submits every draft at once, each from its own thread released by one latch. */
    private static List<Response> race(List<String> drafts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> futures = new ArrayList<>();
            for (String id : drafts) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return given().auth().oauth2(BEIJING).when().post("/api/v1/applications/" + id + "/submission")
                            .then().extract().response();
                }, pool));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (CompletableFuture<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
