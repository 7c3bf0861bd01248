package org.alliance.events.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * A candidate of a city union's yearly accreditation round (年度认定) decided: ACCREDITED at the round's
 * tier (MUNICIPAL) or NOT_ACCREDITED, with the reason; the registry accredits the accredited ones.
 */
@EventType("accreditation.decided.v1")
public record AccreditationDecided(UUID roundId, UUID caseId, UUID studioId, int year, String decision, String reasonCode,
        List<String> reasons, String tier, @JsonInclude(JsonInclude.Include.NON_NULL) Double averageScore,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer rank, String decidedBy, LocalDate decidedOn, Instant decidedAt)
        implements EventPayload {

    @Override
    public String subject() {
        return studioId.toString();
    }
}
