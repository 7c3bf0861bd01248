package org.alliance.review.domain.cases;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Appends steps to a case's trail and reads it back in order. Callers hold the case's row lock, so
 * the next number is the count of steps so far plus one.
 */
@ApplicationScoped
public class CaseTrail {

    public Uni<CaseStep> append(CaseStep step) {
        return CaseStep.count("caseId", step.caseId).chain(n -> {
            step.seq = n.intValue() + 1;
            return step.<CaseStep>persist();
        });
    }

    public Uni<List<CaseStep>> of(UUID caseId) {
        return CaseStep.<CaseStep>find("caseId", Sort.by("seq"), caseId).list();
    }
}
