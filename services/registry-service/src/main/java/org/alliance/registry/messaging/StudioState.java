package org.alliance.registry.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.registry.domain.FocusIndustry;
import org.alliance.registry.domain.LeaderHonour;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.StudioStatus;
import org.alliance.registry.domain.StudioTier;

/**
 * The payload of every studio event: the studio's full state (docs/event-payloads.md).
 * {@code accreditation} is null until the first accreditation; {@code revocation} appears only
 * while the studio is revoked.
 */
public record StudioState(UUID studioId, String name, UUID enterpriseId, String enterpriseName, String regionCode,
        String industrySection, String industryDivision, StudioTier tier, Leader leader, int teamSize,
        List<FocusIndustry> focusIndustries, Capabilities capabilities, SevenHaves sevenHaves, StudioStatus status,
        AccreditationState accreditation, @JsonInclude(JsonInclude.Include.NON_NULL) RevocationState revocation,
        Contact contact, long version, Instant updatedAt) {

    public record Leader(String name, List<LeaderHonour> honours) {
    }

    public record Capabilities(String summary, List<String> keywords) {
    }

    public record SevenHaves(boolean modelWorkerLead, boolean team, boolean venue, boolean equipment, boolean rules,
            boolean funding, boolean results) {
    }

    public record AccreditationState(StudioTier tier, String accreditedBy, LocalDate accreditedOn, LocalDate reReviewDue) {
    }

    public record RevocationState(String reason, LocalDate revokedOn) {
    }

    public record Contact(String person, String phone, String email) {
    }

    public static StudioState of(Studio s) {
        return new StudioState(s.id, s.name, s.enterpriseId, s.enterpriseName, s.regionCode, s.industrySection,
                s.industryDivision, s.tier,
                new Leader(s.leaderName, s.leaderHonours.stream().map(LeaderHonour::valueOf).toList()),
                s.teamSize, s.focusIndustries.stream().map(FocusIndustry::valueOf).toList(),
                new Capabilities(s.capabilitiesSummary, List.copyOf(s.capabilityKeywords)),
                new SevenHaves(s.hasModelWorkerLead, s.hasTeam, s.hasVenue, s.hasEquipment, s.hasRules, s.hasFunding,
                        s.hasResults),
                s.status,
                s.accreditedOn == null ? null
                        : new AccreditationState(s.accreditationTier, s.accreditedBy, s.accreditedOn, s.reReviewDue),
                s.revokedOn == null ? null : new RevocationState(s.revocationReason, s.revokedOn),
                new Contact(s.contactPerson, s.contactPhone, s.contactEmail),
                s.version, s.updatedAt);
    }
}
