package org.alliance.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.registry.domain.StudioAccreditation;
import org.alliance.registry.domain.StudioTier;

/**
 * One act of a studio's accreditation history. A revocation repeats the accreditation it revoked
 * and adds the reason and day; {@code studioVersion} is the studio version the act produced.
 */
public record AccreditationView(UUID studioId, StudioAccreditation.Kind kind, StudioTier tier, String accreditedBy,
        LocalDate accreditedOn, LocalDate reReviewDue, @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate revokedOn, long studioVersion, String recordedBy,
        Instant recordedAt) {

    static AccreditationView of(StudioAccreditation a) {
        return new AccreditationView(a.studioId, a.kind, a.tier, a.accreditedBy, a.accreditedOn, a.reReviewDue, a.reason, a.revokedOn,
                a.studioVersion, a.recordedBy, a.recordedAt);
    }
}
