package org.alliance.review.domain.scoring;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.review.domain.assignment.AssignmentService;
import org.alliance.review.domain.assignment.ExpertAssignment;
import org.alliance.review.domain.rubric.Criterion;
import org.alliance.review.domain.rubric.Rubric;
import org.alliance.review.messaging.scoring.ScoreEvents;
import org.alliance.review.repository.assignment.CaseRows;

/**
 * An expert's scores of a case assigned to them. The submission is made once; a correction adds the next
 * version and leaves the earlier ones in the trail. A case not assigned to the expert (or declined) is
 * answered 404, exactly like a missing one.
 */
@ApplicationScoped
public class ScoringService {

    @Inject
    CaseRows cases;

    @Inject
    ScoreEvents events;

    public Uni<ExpertScore> submit(UUID caseId, UUID expertId, List<ScoreItem> items, boolean correction, String note) {
        return assignment(caseId, expertId).chain(a -> AssignmentService.rubricOf(a.callId).chain(rubric -> {
            BigDecimal total = total(rubric, items);
            return ExpertScore.<ExpertScore>find("caseId = ?1 and expertId = ?2 order by version desc", caseId, expertId)
                    .firstResult().chain(last -> {
                        if (last != null && !correction) {
                            throw refused(409, "score-already-submitted", "items",
                                    "the expert submitted case " + caseId + " already; send a correction");
                        }
                        if (last == null && correction) {
                            throw refused(409, "no-score-to-correct", "items", "the expert has not submitted case " + caseId);
                        }
                        ExpertScore score = new ExpertScore();
                        score.id = UUID.randomUUID();
                        score.caseId = caseId;
                        score.expertId = expertId;
                        score.version = last == null ? 1 : last.version + 1;
                        score.items(items);
                        score.total = total;
                        score.note = note;
                        score.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
                        return score.<ExpertScore>persist().chain(() -> published(score, a.callId)).replaceWith(score);
                    });
        }));
    }

    /** review.scored.v1 in this transaction, with the case_score row as the new version leaves it. */
    private Uni<Void> published(ExpertScore score, UUID callId) {
        return cases.score(score.caseId).chain(row -> cases.applicationOf(score.caseId).chain(application -> events.scored(score,
                application, callId, new ScoreEvents.Standing(row[0] == null ? null : new BigDecimal(row[0].toString()),
                        ((Number) row[1]).intValue(), (Boolean) row[2], (Boolean) row[3]))));
    }

    /** The expert's assignment to the case, locked so that two submissions of one expert serialise. */
    public static Uni<ExpertAssignment> assignment(UUID caseId, UUID expertId) {
        return ExpertAssignment.<ExpertAssignment>find("caseId = ?1 and expertId = ?2 and status = ?3", caseId, expertId,
                ExpertAssignment.Status.ASSIGNED).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult().map(a -> {
                    if (a == null) {
                        throw ProblemException.notFound("review case", caseId);
                    }
                    return a;
                });
    }

    /** 404 unless the case is assigned to the expert (not declined): what an expert may see. */
    public static Uni<Void> visible(UUID caseId, UUID expertId) {
        return ExpertAssignment.count("caseId = ?1 and expertId = ?2 and status = ?3", caseId, expertId, ExpertAssignment.Status.ASSIGNED)
                .map(n -> {
                    if (n == 0) {
                        throw ProblemException.notFound("review case", caseId);
                    }
                    return null;
                });
    }

    /** Every criterion of the rubric exactly once, each within its points; the total is the sum of weight x points. */
    static BigDecimal total(Rubric rubric, List<ScoreItem> items) {
        Map<String, Criterion> byCode = new HashMap<>();
        rubric.criteria().forEach(c -> byCode.put(c.code(), c));
        Map<String, Integer> seen = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            ScoreItem item = items.get(i);
            Criterion criterion = byCode.get(item.criterion());
            if (criterion == null) {
                throw refused(422, "unknown-criterion", "items[" + i + "].criterion",
                        item.criterion() + " is not a criterion of the call's rubric " + byCode.keySet().stream().sorted().toList());
            }
            if (seen.put(item.criterion(), i) != null) {
                throw refused(422, "criterion-twice", "items[" + i + "].criterion", item.criterion() + " is scored twice");
            }
            if (item.points().compareTo(criterion.maxPoints()) > 0) {
                throw refused(422, "points-out-of-range", "items[" + i + "].points",
                        criterion.name() + " takes at most " + criterion.maxPoints().stripTrailingZeros().toPlainString() + " points");
            }
            total = total.add(criterion.weight().multiply(item.points()));
        }
        List<String> missing = new ArrayList<>();
        rubric.criteria().forEach(c -> {
            if (!seen.containsKey(c.code())) {
                missing.add(c.code());
            }
        });
        if (!missing.isEmpty()) {
            throw refused(422, "criteria-incomplete", "items", "every criterion of the rubric is scored; missing " + missing);
        }
        return total;
    }

    static ProblemException refused(int status, String rule, String field, String message) {
        return new ProblemException(status, rule, status == 409 ? "Conflict" : "Business rule violated", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
