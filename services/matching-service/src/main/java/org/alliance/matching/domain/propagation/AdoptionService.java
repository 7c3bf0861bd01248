package org.alliance.matching.domain.propagation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.matching.messaging.propagation.OutcomeEvents;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.security.Caller;

/** Records adoptions: only of an outcome the studio received, once per studio, by the studio's own union. */
@ApplicationScoped
public class AdoptionService {

    @Inject
    OutcomeEvents events;

    @Inject
    ObjectMapper json;

    /** A recorded adoption and the studio that reported it. */
    public record Adopted(OutcomeAdoption adoption, Studio studio) {
    }

    public Uni<Adopted> adopt(UUID outcomeId, UUID studioId, BigDecimal value, LocalDate adoptedOn, String note,
            Caller caller) {
        return Outcome.<Outcome>findById(outcomeId).flatMap(outcome -> {
            if (outcome == null) {
                throw ProblemException.notFound("outcome", outcomeId);
            }
            return Studio.<Studio>findById(studioId).flatMap(studio -> {
                if (studio == null || !caller.sees(studio.regionCode)) {
                    throw new ProblemException(404, "not-found", "Not Found", "studioId: studio " + studioId + " does not exist",
                            List.of(new Problem.FieldError("studioId", "no such studio in your region")));
                }
                // outcomes are published with an offset; adoption dates are days in China
                LocalDate published = outcome.publishedAt.atZoneSameInstant(ChinaClockProvider.CHINA).toLocalDate();
                if (adoptedOn.isBefore(published)) {
                    throw ProblemException.unprocessable("adoptedOn", "the outcome was published on " + published
                            + "; it cannot have been applied before");
                }
                OutcomeDelivery.Key key = new OutcomeDelivery.Key();
                key.outcomeId = outcomeId;
                key.studioId = studioId;
                // the lock makes a second report for the same studio wait, then see the first and answer 409
                return OutcomeDelivery.<OutcomeDelivery>findById(key, LockModeType.PESSIMISTIC_WRITE).flatMap(copy -> {
                    if (copy == null) {
                        throw ProblemException.unprocessable("studioId", "outcome " + outcomeId
                                + " has not reached the feed of studio " + studioId + "; only a studio it reached can report adopting it");
                    }
                    return OutcomeAdoption.count("outcomeId = ?1 and studioId = ?2", outcomeId, studioId).flatMap(n -> {
                        if (n > 0) {
                            throw ProblemException.conflict("studio " + studioId + " already reported adopting outcome " + outcomeId);
                        }
                        return record(outcomeId, studio, value, adoptedOn, note, caller.name(), Route.read(json, copy.paths));
                    });
                });
            });
        });
    }

    private Uni<Adopted> record(UUID outcomeId, Studio studio, BigDecimal value, LocalDate adoptedOn, String note,
            String actor, List<Route> routes) {
        OutcomeAdoption a = new OutcomeAdoption();
        a.id = UUID.randomUUID();
        a.outcomeId = outcomeId;
        a.studioId = studio.id;
        a.valueRmb = value.setScale(2);
        a.adoptedOn = adoptedOn;
        a.note = note;
        a.adoptedBy = actor;
        a.createdAt = OutcomePropagator.now();
        return a.persist().chain(() -> Panache.getSession().flatMap(s -> s.flush()))
                .chain(() -> Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "select count(*), coalesce(sum(valueRmb), 0) from OutcomeAdoption where outcomeId = :o", Object[].class)
                        .setParameter("o", outcomeId).getSingleResult()))
                .flatMap(totals -> events.adopted(a, studio.regionCode, routes, ((Number) totals[0]).longValue(),
                        ((BigDecimal) totals[1]).setScale(2)))
                .replaceWith(new Adopted(a, studio));
    }
}
