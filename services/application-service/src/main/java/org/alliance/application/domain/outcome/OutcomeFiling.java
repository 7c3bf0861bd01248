package org.alliance.application.domain.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An outcome as its studio's union files it: from a project, or from a boosted patent application. */
public record OutcomeFiling(UUID projectId, UUID patentApplicationId, String kind, String title, String summary,
        List<String> keywords, String industrySection, String industryDivision, BigDecimal economicValueRmb) {
}
