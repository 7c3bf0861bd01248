package org.alliance.matching.domain.propagation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The fields of {@code outcome.published.v1} this service uses. */
public record OutcomePublished(UUID outcomeId, UUID studioId, String title, String summary, String kind,
        List<String> keywords, String industrySection, String industryDivision, String regionCode,
        OffsetDateTime publishedAt, BigDecimal economicValueRmb) {
}
