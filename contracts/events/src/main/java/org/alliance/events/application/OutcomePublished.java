package org.alliance.events.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** An outcome (创新成果) of a funded project was published for promotion and application (推广应用). */
@EventType("outcome.published.v1")
public record OutcomePublished(UUID outcomeId, UUID projectId, UUID studioId, String title, String summary, String kind,
        List<String> keywords, Industry industry, String regionCode, OffsetDateTime publishedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal economicValueRmb) implements EventPayload {

    /** GB/T 4754-2017 section and division. */
    public record Industry(String section, String division) {
    }

    @Override
    public String subject() {
        return outcomeId.toString();
    }
}
