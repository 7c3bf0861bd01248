package org.alliance.review.expertreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Assignment through the API over the registry replica: conflicts with their reasons, declines, load, determinism. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class AssignmentTest {

    @BeforeAll
    static void topics() {
        Registry.topics();
    }

    @Test
    void eachConflictOfInterestIsExcludedAndExplained() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID applicant = f.enterprise("内蒙古第一机械集团有限公司", "150200");
        UUID supplier = f.enterprise("包头钢铁（集团）有限责任公司", "150200");
        UUID customer = f.enterprise("北京北方车辆集团有限公司", "110106");
        UUID sister = f.enterprise("内蒙古北方重工业集团有限公司", "150200");
        UUID unrelated = f.enterprise("中车北京二七机车有限公司", "110106");
        f.supplies(supplier, applicant);
        f.supplies(applicant, customer);
        // the group as the registry publishes it (enterprise.updated.v2): its head, a sister company, and the applicant
        UUID head = f.enterprise("中国兵器工业集团有限公司", "110000");
        f.joinsGroup(applicant, "内蒙古第一机械集团有限公司", "150200", head);
        f.joinsGroup(sister, "内蒙古北方重工业集团有限公司", "150200", head);
        UUID studio = UUID.randomUUID();
        UUID reviewCase = f.signedOffCase(studio, applicant, "150200", "37", "装甲钢焊接变形控制工艺");

        UUID own = f.expert("卢仁峰", applicant, List.of("37"), List.of("焊接"), List.of(), 5);
        UUID up = f.expert("包钢专家", supplier, List.of("37"), List.of("焊接"), List.of(), 5);
        UUID down = f.expert("北方车辆专家", customer, List.of("37"), List.of("焊接"), List.of(), 5);
        UUID group = f.expert("北方重工专家", sister, List.of("37"), List.of("焊接"), List.of(), 5);
        UUID headquarters = f.expert("兵器集团总部专家", head, List.of("37"), List.of("焊接"), List.of(), 5);
        UUID declared = f.expert("声明回避专家", unrelated, List.of("37"), List.of("焊接"), List.of(studio), 5);
        UUID a = f.expert("焊接专家甲", unrelated, List.of("37"), List.of("焊接", "变形控制"), List.of(), 5);
        UUID b = f.expert("焊接专家乙", null, List.of("37"), List.of("焊接"), List.of(), 5);
        UUID c = f.expert("数控专家丙", null, List.of("34"), List.of("数控"), List.of(), 5);

        f.run(ExpertReviewFixture.cityUnion("150000")).statusCode(200).body("casesAssigned", equalTo(1))
                .body("placesUnfilled", equalTo(0));
        assertEquals(sorted(a, b, c), f.assigned(reviewCase));

        f.explain(TestTokens.coordinator(), reviewCase).statusCode(200)
                .body("expertsPerCase", equalTo(3))
                .body("experts.find { it.expertId == '%s' }.relevanceTerms".formatted(a), equalTo(List.of("industry:37", "keyword:焊接", "keyword:变形控制")))
                .body("experts.find { it.expertId == '%s' }.relevance".formatted(a), equalTo(5))
                .body("experts.find { it.expertId == '%s' }.loadBefore".formatted(c), equalTo(0))
                .body("excluded.expertId", containsInAnyOrder(own.toString(), up.toString(), down.toString(), group.toString(),
                        headquarters.toString(), declared.toString()))
                .body("excluded.find { it.expertId == '%s' }.reasonCode".formatted(own), equalTo("employed-by-applicant"))
                .body("excluded.find { it.expertId == '%s' }.reasonCode".formatted(up), equalTo("employer-upstream-supplier"))
                .body("excluded.find { it.expertId == '%s' }.reasonCode".formatted(down), equalTo("employer-downstream-customer"))
                .body("excluded.find { it.expertId == '%s' }.reasonCode".formatted(group), equalTo("same-group"))
                .body("excluded.find { it.expertId == '%s' }.reasonCode".formatted(headquarters), equalTo("same-group"))
                .body("excluded.find { it.expertId == '%s' }.reasonCode".formatted(declared), equalTo("declared-conflict"))
                .body("excluded.find { it.expertId == '%s' }.reason".formatted(up), equalTo("专家任职企业是申报企业的上游供应商"))
                .body("excluded.find { it.expertId == '%s' }.reason".formatted(group), equalTo("专家任职企业与申报企业同属中国兵器工业集团有限公司"));
    }

    @Test
    void aDeclineReassignsTheCaseToAnotherExpert() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID applicant = f.enterprise("北京京城机电控股有限责任公司", "110105");
        UUID reviewCase = f.signedOffCase(UUID.randomUUID(), applicant, "110105", "37", "焊接机器人离线编程");
        UUID first = f.expert("专家一", 5);
        UUID second = f.expert("专家二", 5);
        UUID third = f.expert("专家三", 5);
        UUID fourth = f.expert("专家四", null, List.of("44"), List.of(), List.of(), 5);
        f.run(ExpertReviewFixture.cityUnion("110000")).statusCode(200);
        assertEquals(sorted(first, second, third), f.assigned(reviewCase));

        given().auth().oauth2(TestTokens.reviewer(second)).contentType("application/json").body(Map.of("reason", "与申报人是师徒关系"))
                .when().post("/api/v1/reviews/" + reviewCase + "/assignment/decline").then().statusCode(200)
                .body("experts", containsInAnyOrder(first.toString(), third.toString(), fourth.toString()));
        assertEquals(sorted(first, third, fourth), f.assigned(reviewCase));
        f.explain(TestTokens.operator(), reviewCase).statusCode(200)
                .body("experts.find { it.expertId == '%s' }.status".formatted(second), equalTo("DECLINED"))
                .body("experts.find { it.expertId == '%s' }.declinedReason".formatted(second), equalTo("与申报人是师徒关系"));

        // declining again, or a case never assigned to the expert: as if it did not exist
        given().auth().oauth2(TestTokens.reviewer(second)).contentType("application/json").body(Map.of("reason", "再次"))
                .when().post("/api/v1/reviews/" + reviewCase + "/assignment/decline").then().statusCode(404);
        // the last eligible expert declines: the place stays empty rather than going back to one who declined
        given().auth().oauth2(TestTokens.reviewer(fourth)).contentType("application/json").body(Map.of("reason", "出差"))
                .when().post("/api/v1/reviews/" + reviewCase + "/assignment/decline").then().statusCode(200)
                .body("experts", containsInAnyOrder(first.toString(), third.toString())).body("missing", equalTo(1));
    }

    @Test
    void loadIsSharedAndNoExpertExceedsTheirMostPerCall() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID applicant = f.enterprise("北京北重汽轮电机有限责任公司", "110106");
        List<UUID> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(f.signedOffCase(UUID.randomUUID(), applicant, "110106", "37", "焊接工艺改进" + i));
        }
        UUID small = f.expert("只评两件", 2);
        List<UUID> others = List.of(f.expert("专家甲", 20), f.expert("专家乙", 20), f.expert("专家丙", 20), f.expert("专家丁", 20));
        f.run(TestTokens.operator()).statusCode(200).body("casesAssigned", equalTo(6)).body("placesUnfilled", equalTo(0));

        assertEquals(2L, f.db.count("SELECT count(*) FROM expert_assignment WHERE expert_id = ?", small));
        for (UUID e : others) {
            long n = f.db.count("SELECT count(*) FROM expert_assignment WHERE expert_id = ?", e);
            assertTrue(n == 4, "16 places over four equally relevant experts: 4 each, was " + n);
        }
        // a second run assigns nothing more: every case has its experts
        f.run(TestTokens.operator()).statusCode(200).body("casesAssigned", equalTo(0));
        assertEquals(18L, f.db.count("SELECT count(*) FROM expert_assignment WHERE call_id = ?", f.call));
    }

    @Test
    void theSameInputsGiveTheSameAssignment() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        UUID applicant = f.enterprise("北京燕山石化", "110111");
        UUID reviewCase = f.signedOffCase(UUID.randomUUID(), applicant, "110111", "26", "催化剂再生工艺");
        for (int i = 0; i < 6; i++) {
            f.expert("化工专家" + i, null, List.of("26"), List.of("催化剂"), List.of(), 5);
        }
        f.run(TestTokens.operator()).statusCode(200);
        List<UUID> first = f.assigned(reviewCase);
        f.db.update("DELETE FROM assignment_exclusion WHERE case_id = ?", reviewCase);
        f.db.update("DELETE FROM expert_assignment WHERE case_id = ?", reviewCase);
        f.run(TestTokens.operator()).statusCode(200);
        assertEquals(first, f.assigned(reviewCase));
        assertFalse(first.isEmpty());
    }

    @Test
    void aCaseWithoutItsEnterpriseWaitsAndOtherRegionsAreOutOfAUnionsReach() {
        ExpertReviewFixture f = new ExpertReviewFixture();
        f.expert("专家", 5);
        UUID waiting = f.signedOffCase(UUID.randomUUID(), null, "110105", "37", "焊接");
        UUID shanghai = f.signedOffCase(UUID.randomUUID(), f.enterprise("上海电气", "310000"), "310115", "37", "焊接");
        f.run(ExpertReviewFixture.cityUnion("110000")).statusCode(200).body("casesAssigned", equalTo(0))
                .body("waitingForEnterprise", hasItem(waiting.toString()));
        assertEquals(List.of(), f.assigned(shanghai));
        f.explain(ExpertReviewFixture.cityUnion("110000"), shanghai).statusCode(404).contentType("application/problem+json");
    }

    static List<UUID> sorted(UUID... ids) {
        return java.util.Arrays.stream(ids).sorted(java.util.Comparator.comparing(UUID::toString)).toList(); // PostgreSQL's uuid order
    }
}
