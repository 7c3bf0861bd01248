package org.alliance.events.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** A studio reported applying an outcome, with the value it created and the outcome's running totals. */
@EventType("outcome.adopted.v1")
public record OutcomeAdopted(UUID adoptionId, UUID outcomeId, UUID studioId, String regionCode,
        BigDecimal economicValueRmb, LocalDate adoptedOn, String note, List<OutcomePath> paths, String adoptedBy,
        OffsetDateTime adoptedAt, long outcomeAdoptions, BigDecimal outcomeValueRmb) implements EventPayload {

    @Override
    public String subject() {
        return outcomeId.toString();
    }
}
