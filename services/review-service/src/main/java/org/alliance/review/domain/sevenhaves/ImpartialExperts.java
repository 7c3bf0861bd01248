package org.alliance.review.domain.sevenhaves;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.review.domain.Expert;

/**
 * Who may score a studio against the seven haves: an active expert of the pool who is not employed by
 * the studio's enterprise and did not declare a conflict with the studio, and only once per case.
 * Re-accreditation and the accreditation round apply the same exclusions.
 */
public final class ImpartialExperts {

    private ImpartialExperts() {
    }

    /** The expert, if they may score the studio: 403 {@code expert-unknown}, 409 {@code expert-conflict} otherwise. */
    public static Uni<Expert> require(UUID expertId, UUID enterpriseId, UUID studioId) {
        return Expert.<Expert>findById(expertId).map(expert -> {
            if (expert == null || !expert.active) {
                throw refusal(403, "expert-unknown", "the token's expert " + expertId + " is not an active expert of the pool");
            }
            if (enterpriseId.equals(expert.employerEnterpriseId)) {
                throw refusal(409, "expert-conflict", "the expert is employed by the studio's enterprise");
            }
            if (expert.declaredConflictStudioIds.contains(studioId)) {
                throw refusal(409, "expert-conflict", "the expert declared a conflict with the studio");
            }
            return expert;
        });
    }

    /** 409 {@code score-submitted-once} when the expert already scored the case ({@code previous} rows). */
    public static void once(long previous) {
        if (previous > 0) {
            throw refusal(409, "score-submitted-once", "the expert already scored this case");
        }
    }

    private static ProblemException refusal(int status, String rule, String detail) {
        return new ProblemException(status, rule, status == 403 ? "Forbidden" : "Conflict", detail,
                List.of(new Problem.FieldError("expert", detail)));
    }
}
