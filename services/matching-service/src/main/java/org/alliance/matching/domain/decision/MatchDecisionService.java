package org.alliance.matching.domain.decision;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.messaging.decision.MatchDecisionEvents;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/** Records one side's answer to a match and moves the match on; runs in the caller's transaction. */
@ApplicationScoped
public class MatchDecisionService {

    @Inject
    MatchDecisionEvents events;

    public Uni<Match> decide(UUID matchId, Verdict verdict, String reason, Side requested, Caller caller) {
        // the row lock serialises the two sides (and the engine's re-scoring), so two acceptances
        // arriving together cannot both miss each other
        return Match.<Match>findById(matchId, LockModeType.PESSIMISTIC_WRITE).flatMap(match -> {
            if (match == null) {
                throw ProblemException.notFound("match", matchId);
            }
            String unionRegion = caller.isRegionBound() ? caller.region() : null;
            Side side = DecisionRules.sideFor(unionRegion, match.needRegionCode, match.studioRegionCode, requested, matchId);
            return MatchDecision.<MatchDecision>list("matchId", matchId).flatMap(earlier -> {
                Map<Side, Verdict> answered = new EnumMap<>(Side.class);
                earlier.forEach(d -> answered.put(d.side, d.decision));
                DecisionRules.Effect effect = DecisionRules.apply(match.status.name(), answered, side, verdict);
                Uni<Void> check = verdict == Verdict.ACCEPT ? requireNotRevoked(match.studioId) : Uni.createFrom().voidItem();
                return check.flatMap(ok -> record(match, side, verdict, reason, caller, unionRegion, effect, earlier));
            });
        });
    }

    private Uni<Match> record(Match match, Side side, Verdict verdict, String reason, Caller caller, String unionRegion,
            DecisionRules.Effect effect, List<MatchDecision> earlier) {
        MatchDecision decision = new MatchDecision();
        decision.matchId = match.id;
        decision.side = side;
        decision.decision = verdict;
        decision.reason = reason;
        decision.decidedBy = caller.name();
        decision.decidedRole = unionRegion == null ? Roles.COORDINATOR : Roles.UNION;
        decision.decidedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return decision.persist().flatMap(saved -> {
            match.updatedAt = decision.decidedAt;
            return switch (effect) {
                case AWAITS_OTHER_SIDE -> Uni.createFrom().item(match);
                case DECLINED -> {
                    match.status = Match.Status.DECLINED;
                    yield events.declined(match, decision).replaceWith(match);
                }
                case ACCEPTED -> {
                    match.status = Match.Status.ACCEPTED;
                    List<MatchDecision> both = new ArrayList<>(earlier);
                    both.add(decision);
                    both.sort(Comparator.comparing((MatchDecision d) -> d.decidedAt));
                    yield events.accepted(match, both).replaceWith(match);
                }
            };
        }).call(m -> Panache.getSession().flatMap(session -> session.flush()));
    }

    private static Uni<Void> requireNotRevoked(UUID studioId) {
        return Studio.<Studio>findById(studioId).map(studio -> {
            if (studio != null && "REVOKED".equals(studio.status)) {
                throw ProblemException.unprocessable("decision",
                        "studio " + studioId + " has been revoked since the match was proposed; it cannot be accepted");
            }
            return null;
        });
    }
}
