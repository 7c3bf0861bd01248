package org.alliance.review.domain.rubric;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.eventing.sql.SessionSql;

/** A call's rubric: read (the default until set) and replaced, never once scoring began. */
@ApplicationScoped
public class RubricService {

    public Uni<Rubric> of(UUID callId) {
        return Rubric.<Rubric>findById(callId).map(r -> r != null ? r : Rubric.defaults(callId));
    }

    /**
     * @param sees whether the caller's scope covers a region: a call with a case outside it answers 404
     */
    public Uni<Rubric> replace(UUID callId, int expertsPerCase, BigDecimal spreadThreshold, List<Criterion> criteria,
            Predicate<String> sees) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (!codes.add(criteria.get(i).code())) {
                throw new ProblemException(422, "criterion-twice", "Business rule violated",
                        "criteria[" + i + "].code: " + criteria.get(i).code() + " appears twice",
                        List.of(new Problem.FieldError("criteria[" + i + "].code", "appears twice")));
            }
        }
        return SessionSql.rows("""
                SELECT DISTINCT c.region_code, EXISTS (SELECT 1 FROM expert_score s WHERE s.case_id = c.id)
                FROM review_case c WHERE c.call_id = $1""", callId).chain(rows -> {
                    boolean scored = false;
                    for (Object[] r : rows) {
                        if (!sees.test(r[0].toString().strip())) {
                            throw ProblemException.notFound("call", callId);
                        }
                        scored |= (Boolean) r[1];
                    }
                    if (scored) {
                        throw new ProblemException(409, "rubric-in-use", "Conflict",
                                "criteria: experts have scored cases of call " + callId + " under the current rubric",
                                List.of(new Problem.FieldError("criteria", "scoring has begun")));
                    }
                    return Rubric.<Rubric>findById(callId);
                }).chain(found -> {
                    Rubric rubric = found != null ? found : Rubric.defaults(callId);
                    rubric.expertsPerCase = expertsPerCase;
                    rubric.spreadThreshold = spreadThreshold;
                    rubric.criteria(criteria);
                    rubric.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    rubric.version++;
                    return found != null ? Uni.createFrom().item(rubric) : rubric.<Rubric>persist();
                });
    }
}
