package org.alliance.matching.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.domain.decision.DecisionRules;
import org.alliance.matching.domain.decision.DecisionRules.Effect;
import org.alliance.matching.domain.decision.Side;
import org.alliance.matching.domain.decision.Verdict;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    private static final UUID MATCH = UUID.randomUUID();

    @Test
    void aUnionSpeaksForTheSideItsRegionCovers() {
        assertEquals(Side.NEED, DecisionRules.sideFor("420000", "420100", "150200", null, MATCH));
        assertEquals(Side.STUDIO, DecisionRules.sideFor("150000", "420100", "150200", null, MATCH));
    }

    @Test
    void aUnionOfNeitherSideDoesNotSeeTheMatch() {
        assertEquals(404, assertThrows(ProblemException.class,
                () -> DecisionRules.sideFor("310000", "420100", "150200", null, MATCH)).status());
    }

    @Test
    void aUnionHoldingBothSidesMustNameOne() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> DecisionRules.sideFor("340000", "340600", "340100", null, MATCH)).status());
        assertEquals(Side.STUDIO, DecisionRules.sideFor("340000", "340600", "340100", Side.STUDIO, MATCH));
    }

    @Test
    void aUnionCannotAnswerForTheOtherRegionsSide() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> DecisionRules.sideFor("420000", "420100", "150200", Side.STUDIO, MATCH));
        assertEquals(403, e.status());
        assertEquals("side", e.toProblem("/").errors().get(0).field());
    }

    @Test
    void aCoordinatorNamesTheSide() {
        assertEquals(400, assertThrows(ProblemException.class, () -> DecisionRules.sideFor(null, "420100", "150200", null, MATCH)).status());
        assertEquals(Side.NEED, DecisionRules.sideFor(null, "420100", "150200", Side.NEED, MATCH));
    }

    @Test
    void bothAcceptancesAcceptAndOneDeclineEndsIt() {
        assertEquals(Effect.AWAITS_OTHER_SIDE, DecisionRules.apply("PROPOSED", Map.of(), Side.NEED, Verdict.ACCEPT));
        assertEquals(Effect.ACCEPTED, DecisionRules.apply("PROPOSED", Map.of(Side.NEED, Verdict.ACCEPT), Side.STUDIO, Verdict.ACCEPT));
        assertEquals(Effect.DECLINED, DecisionRules.apply("PROPOSED", Map.of(Side.NEED, Verdict.ACCEPT), Side.STUDIO, Verdict.DECLINE));
        assertEquals(Effect.DECLINED, DecisionRules.apply("PROPOSED", Map.of(), Side.STUDIO, Verdict.DECLINE));
    }

    @Test
    void aSideAnswersOnceAndOnlyAProposedMatchIsAnswered() {
        assertEquals(409, assertThrows(ProblemException.class,
                () -> DecisionRules.apply("PROPOSED", Map.of(Side.NEED, Verdict.ACCEPT), Side.NEED, Verdict.DECLINE)).status());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> DecisionRules.apply("DECLINED", Map.of(), Side.NEED, Verdict.ACCEPT)).status());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> DecisionRules.apply("WITHDRAWN", Map.of(), Side.STUDIO, Verdict.ACCEPT)).status());
    }
}
