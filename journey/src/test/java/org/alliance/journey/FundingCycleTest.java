package org.alliance.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.alliance.testing.ProjectRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole funding cycle through the real interfaces of the four services, each its own process,
 * meeting only through Kafka: the walk of deploy/local/demo-journey, then what each service holds
 * afterwards, read back through its API.
 */
class FundingCycleTest {

    static RunningSystem system;
    static FundingJourney.Result result;
    static final List<String> narration = new ArrayList<>();
    static final Tokens tokens = new DevKeyTokens(ProjectRoot.find());

    @BeforeAll
    static void walk() throws Exception {
        system = new RunningSystem().start();
        system.loadDemoData();
        FundingJourney journey = new FundingJourney(system.api("registry-service"), system.api("application-service"),
                system.api("review-service"), system.api("matching-service"), tokens, line -> {
                    narration.add(line);
                    System.out.println(line);
                });
        result = journey.walk();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void applicationsFromThreeRegionsAreStampedAtEveryLevelAndTheReturnedOneResumesWhereItWasReturned() {
        assertEquals(Set.of("341800", "340600", "341700"),
                result.applicants().values().stream().map(FundingJourney.Applicant::region).collect(Collectors.toSet()));
        FundingJourney.Applicant returned = result.applicants().get("铝型材挤压创新工作室");
        JsonNode trail = system.api("review-service").get(tokens.union("340000", "CITY", null),
                "/api/v1/reviews/" + returned.caseId()).path("trail");
        List<String> steps = StreamSupport.stream(trail.spliterator(), false)
                .map(s -> s.path("action").asText() + "@" + s.path("level").asText("")).toList();
        assertEquals(List.of("SUBMITTED@", "APPROVED@UNIT", "RETURNED@DISTRICT", "AMENDED@", "APPROVED@DISTRICT", "APPROVED@CITY"),
                steps, trail::toString);
        assertEquals("请补充企业立项批复文件中启动资金到位情况的说明", trail.get(2).path("reason").asText());
    }

    @Test
    void theExpertOfTheApplicantsUpstreamSupplierIsExcludedAndSaysWhy() {
        assertEquals("employer-upstream-supplier", result.excludedExpert().path("reasonCode").asText());
        assertEquals("专家任职企业是申报企业的上游供应商", result.excludedExpert().path("reason").asText());
        JsonNode explanation = system.api("review-service").get(tokens.union("340000", "CITY", null),
                "/api/v1/reviews/" + result.applicants().get("精密压铸创新工作室").caseId() + "/assignment");
        assertEquals(3, explanation.path("experts").size());
        for (JsonNode chosen : explanation.path("experts")) {
            assertTrue(!chosen.path("expertId").equals(result.excludedExpert().path("expertId")), explanation::toString);
        }
    }

    @Test
    void theBudgetFundsTwoOfThreeInRankOrderAndTheApplicationServiceKnowsEveryDecision() {
        JsonNode selection = result.selection();
        assertEquals(2, selection.path("funded").asInt());
        assertEquals(150_000, selection.path("fundedRmb").asLong());
        assertEquals(0, selection.path("remainingRmb").asLong());
        Map<String, JsonNode> byStudio = new HashMap<>();
        for (JsonNode d : selection.path("decisions")) {
            result.applicants().values().stream().filter(a -> a.applicationId().toString().equals(d.path("applicationId").asText()))
                    .forEach(a -> byStudio.put(a.studioName(), d));
        }
        decision(byStudio.get("精密压铸创新工作室"), "FUNDED", "A", 100_000, "FUNDED", 1);
        decision(byStudio.get("综采设备维修劳模创新工作室"), "FUNDED", "B", 50_000, "FUNDED", 2);
        decision(byStudio.get("铝型材挤压创新工作室"), "NOT_FUNDED", null, null, "BUDGET_EXHAUSTED", 3);

        Map<String, String> expected = Map.of("精密压铸创新工作室", "FUNDED", "综采设备维修劳模创新工作室", "FUNDED",
                "铝型材挤压创新工作室", "NOT_FUNDED");
        for (FundingJourney.Applicant a : result.applicants().values()) {
            JsonNode app = system.api("application-service").await(tokens.union(a.region(), null, null),
                    "/api/v1/applications/" + a.applicationId(), x -> !"SUBMITTED".equals(x.path("status").asText()),
                    "the decision on " + a.studioName());
            assertEquals(expected.get(a.studioName()), app.path("status").asText(), app::toString);
        }
    }

    @Test
    void theFundedProjectIsAcceptedAndItsOutcomeSpreadsThroughTheAllianceAndAlongTheSupplyChain() {
        assertEquals("ACCEPTED", result.project().path("status").asText());
        assertEquals(100_000, result.project().path("amountRmb").asLong());
        assertEquals("A", result.project().path("grade").asText());

        JsonNode lineage = result.lineage();
        assertEquals("铝合金电池壳体真空压铸工艺", lineage.path("outcome").path("title").asText());
        Map<String, Set<String>> via = new HashMap<>();
        for (JsonNode r : lineage.path("recipients").path("items")) {
            via.put(r.path("studio").path("name").asText(), StreamSupport.stream(r.path("paths").spliterator(), false)
                    .map(p -> p.path("via").asText()).collect(Collectors.toSet()));
        }
        // alliance members, the downstream customer (also a member) and the upstream supplier along the chain
        assertTrue(via.getOrDefault("动力电池包装配创新工作室", Set.of()).contains("ALLIANCE"), via::toString);
        assertTrue(via.getOrDefault("电路板智能检测创新工作室", Set.of()).contains("ALLIANCE"), via::toString);
        assertTrue(via.getOrDefault("铝型材挤压创新工作室", Set.of()).contains("SUPPLY_CHAIN"), via::toString);

        JsonNode totals = lineage.path("totals");
        assertEquals(1, totals.path("adoptions").asLong());
        assertEquals(0, new BigDecimal("860000.00").compareTo(totals.path("adoptedValueRmb").decimalValue()), totals::toString);
        assertEquals(0, new BigDecimal("2060000.00").compareTo(totals.path("totalValueRmb").decimalValue()), totals::toString);
        UUID adopter = UUID.fromString(result.adoption().path("studio").path("id").asText());
        assertNotNull(adopter);
        assertEquals("动力电池包装配创新工作室", result.adoption().path("studio").path("name").asText());
    }

    @Test
    void aStudioRevokedByAFailedReReviewLeavesTheRegistryAndMatchingsProposals() {
        FundingJourney.Revocation r = result.revocation();
        assertEquals("REVOKED", r.decision().path("decision").asText());
        assertEquals(List.of("funding", "results"), StreamSupport.stream(r.decision().path("failedItems").spliterator(), false)
                .map(JsonNode::asText).toList(), r.decision()::toString);
        assertEquals("REVOKED", system.api("registry-service").get(tokens.coordinator(), "/api/v1/studios/" + r.studioId())
                .path("status").asText());
        assertEquals("WITHDRAWN", system.api("matching-service").get(tokens.coordinator(), "/api/v1/matches/" + r.matchId())
                .path("status").asText());
        for (JsonNode m : system.api("matching-service").get(tokens.coordinator(), "/api/v1/needs/" + r.needId() + "/matches")) {
            assertTrue(!r.studioId().toString().equals(m.path("studio").path("id").asText()), m::toString);
        }
    }

    @Test
    void everyStepWasNarrated() {
        assertTrue(narration.stream().anyMatch(l -> l.startsWith("回避：") && l.contains("上游供应商")), narration::toString);
        assertTrue(narration.stream().anyMatch(l -> l.startsWith("== 13.")), narration::toString);
    }

    private static void decision(JsonNode d, String decision, String grade, Integer amount, String reason, int rank) {
        assertNotNull(d);
        assertEquals(decision, d.path("decision").asText(), d::toString);
        assertEquals(grade, d.path("grade").isNull() ? null : d.path("grade").asText(), d::toString);
        assertEquals(amount, d.path("amountRmb").isNull() ? null : d.path("amountRmb").asInt(), d::toString);
        assertEquals(reason, d.path("reasonCode").asText(), d::toString);
        assertEquals(rank, d.path("rank").asInt(), d::toString);
    }
}
