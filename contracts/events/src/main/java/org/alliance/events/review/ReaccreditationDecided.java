package org.alliance.events.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * The five-yearly re-review (复评) of a studio decided against the seven haves (七有): RENEWED or
 * REVOKED, with the reasons; the registry renews or revokes the studio's accreditation.
 */
@EventType("reaccreditation.decided.v1")
public record ReaccreditationDecided(UUID caseId, UUID studioId, String decision, List<String> reasons,
        List<String> failedItems, Double averageScore, String decidedBy, LocalDate decidedOn, Instant decidedAt)
        implements EventPayload {

    @Override
    public String subject() {
        return studioId.toString();
    }
}
