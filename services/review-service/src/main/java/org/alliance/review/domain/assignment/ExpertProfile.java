package org.alliance.review.domain.assignment;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What assignment knows of an expert: the employer (a registry enterprise, may be unknown), expertise as
 * GB/T 4754 divisions and keywords, the studios the expert declared a conflict with, and the most cases
 * the expert takes in one call.
 */
public record ExpertProfile(UUID id, String name, UUID employerEnterpriseId, Set<String> industryDivisions,
        List<String> keywords, Set<UUID> declaredConflictStudioIds, int maxCasesPerCall) {

    public ExpertProfile {
        industryDivisions = Set.copyOf(industryDivisions);
        keywords = List.copyOf(keywords);
        declaredConflictStudioIds = Set.copyOf(declaredConflictStudioIds);
    }
}
