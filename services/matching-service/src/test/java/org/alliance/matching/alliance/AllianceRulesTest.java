package org.alliance.matching.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.domain.alliance.AllianceKind;
import org.alliance.matching.domain.alliance.AllianceRules;
import org.alliance.matching.domain.alliance.AllianceRules.Member;
import org.junit.jupiter.api.Test;

class AllianceRulesTest {

    private static final UUID BAOTOU = UUID.randomUUID();
    private static final UUID WUHAN = UUID.randomUUID();
    private static final UUID HEFEI = UUID.randomUUID();

    private static Member member(UUID enterprise, String region) {
        return new Member(UUID.randomUUID(), "工作室", enterprise, region, false);
    }

    @Test
    void intraEnterpriseKeepsToOneEnterprise() {
        AllianceRules.requireFits(AllianceKind.INTRA_ENTERPRISE, List.of(), List.of(member(BAOTOU, "150200"), member(BAOTOU, "150200")),
                Map.of(), "members");
        assertFails(AllianceKind.INTRA_ENTERPRISE, List.of(member(BAOTOU, "150200"), member(WUHAN, "420100")), Map.of());
    }

    @Test
    void supplyChainMembersMustBeLinkedAmongThemselves() {
        Map<UUID, Set<UUID>> links = Map.of(BAOTOU, Set.of(WUHAN), WUHAN, Set.of(BAOTOU));
        AllianceRules.requireFits(AllianceKind.SUPPLY_CHAIN, List.of(), List.of(member(BAOTOU, "150200"), member(WUHAN, "420100")),
                links, "members");
        assertFails(AllianceKind.SUPPLY_CHAIN, List.of(member(BAOTOU, "150200"), member(WUHAN, "420100"), member(HEFEI, "340100")), links);
        assertFails(AllianceKind.SUPPLY_CHAIN, List.of(member(BAOTOU, "150200"), member(BAOTOU, "150200")), links);
    }

    @Test
    void crossRegionNeedsTwoRegionsNeitherContainingTheOther() {
        assertFails(AllianceKind.CROSS_REGION, List.of(member(HEFEI, "340000"), member(HEFEI, "340600")), Map.of());
        AllianceRules.requireFits(AllianceKind.CROSS_REGION, List.of(member(HEFEI, "340600")), List.of(member(WUHAN, "420100")),
                Map.of(), "studioId");
    }

    @Test
    void aRevokedStudioCannotJoinButAnEarlierRevocationDoesNotBlockOthers() {
        Member revoked = new Member(UUID.randomUUID(), "已撤销工作室", WUHAN, "420100", true);
        ProblemException e = assertThrows(ProblemException.class, () -> AllianceRules.requireFits(AllianceKind.CROSS_REGION,
                List.of(member(BAOTOU, "150200")), List.of(revoked), Map.of(), "studioId"));
        assertTrue(e.getMessage().contains("revoked"), e.getMessage());
        AllianceRules.requireFits(AllianceKind.CROSS_REGION, List.of(revoked, member(BAOTOU, "150200")),
                List.of(member(HEFEI, "340100")), Map.of(), "studioId");
    }

    @Test
    void anAllianceHasAtLeastTwoMembers() {
        assertFails(AllianceKind.CROSS_REGION, List.of(member(BAOTOU, "150200")), Map.of());
    }

    private static void assertFails(AllianceKind kind, List<Member> members, Map<UUID, Set<UUID>> links) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> AllianceRules.requireFits(kind, List.of(), members, links, "members"));
        assertEquals(422, e.status());
        assertEquals("members", e.toProblem("/").errors().get(0).field());
    }
}
