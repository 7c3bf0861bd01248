package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A studio's full state, the data of every studio event. {@code accreditation} is null until the first
 * accreditation; {@code revocation} appears only while the studio is revoked. Enumerated fields
 * ({@code tier}, {@code status}, honours, focus industries) carry the schema's constant names.
 */
public record StudioState(UUID studioId, String name, UUID enterpriseId, String enterpriseName, String regionCode,
        String industrySection, String industryDivision, String tier, Leader leader, int teamSize,
        List<String> focusIndustries, Capabilities capabilities, SevenHaves sevenHaves, String status,
        Accreditation accreditation, @JsonInclude(JsonInclude.Include.NON_NULL) Revocation revocation,
        Contact contact, long version, Instant updatedAt) {

    public record Leader(String name, List<String> honours) {
    }

    public record Capabilities(String summary, List<String> keywords) {
    }

    public record SevenHaves(boolean modelWorkerLead, boolean team, boolean venue, boolean equipment, boolean rules,
            boolean funding, boolean results) {
    }

    public record Accreditation(String tier, String accreditedBy, LocalDate accreditedOn, LocalDate reReviewDue) {
    }

    public record Revocation(String reason, LocalDate revokedOn) {
    }

    public record Contact(String person, String phone, String email) {
    }
}
