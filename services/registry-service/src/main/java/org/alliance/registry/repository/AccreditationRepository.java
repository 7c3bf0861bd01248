package org.alliance.registry.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.alliance.registry.domain.StudioAccreditation;

@ApplicationScoped
public class AccreditationRepository implements PanacheRepositoryBase<StudioAccreditation, UUID> {

    /** A studio's accreditations and revocations, oldest first. */
    public Uni<List<StudioAccreditation>> history(UUID studioId) {
        return list("studioId", Sort.by("studioVersion"), studioId);
    }

    /** How many acts name the review service's accreditation round case (0 or 1). */
    public Uni<Long> countByAccreditationCase(UUID caseId) {
        return count("accreditationCaseId", caseId);
    }
}
