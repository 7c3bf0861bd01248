package org.alliance.review.domain.assignment;

import java.util.UUID;

/**
 * What assignment knows of a signed-off project case: the applicant studio and its enterprise, the
 * enterprise's GB/T 4754 division and the words keywords are looked for in (the project's title).
 */
public record CaseProfile(UUID caseId, UUID studioId, UUID enterpriseId, String industryDivision, String text) {

    public CaseProfile {
        text = text == null ? "" : text;
    }
}
