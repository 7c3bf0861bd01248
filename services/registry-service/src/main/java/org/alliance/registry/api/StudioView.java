package org.alliance.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.registry.domain.Actor;
import org.alliance.registry.domain.FocusIndustry;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.StudioStatus;
import org.alliance.registry.domain.StudioTier;
import org.alliance.registry.messaging.StudioState;

/**
 * A studio as the API shows it: the event payload's shape with {@code id} and {@code createdAt}.
 * {@code contact} is left out for coordinators and reviewers: across regions only the match card
 * (name, tier, region, capabilities) travels.
 */
public record StudioView(UUID id, String name, UUID enterpriseId, String enterpriseName, String regionCode,
        String industrySection, String industryDivision, StudioTier tier, StudioState.Leader leader, int teamSize,
        List<FocusIndustry> focusIndustries, StudioState.Capabilities capabilities, StudioState.SevenHaves sevenHaves,
        StudioStatus status, StudioState.AccreditationState accreditation, @JsonInclude(JsonInclude.Include.NON_NULL) StudioState.RevocationState revocation,
        @JsonInclude(JsonInclude.Include.NON_NULL) StudioState.Contact contact, long version, Instant createdAt, Instant updatedAt) {

    static StudioView of(Studio s, Actor actor) {
        StudioState st = StudioState.of(s);
        return new StudioView(s.id, st.name(), st.enterpriseId(), st.enterpriseName(), st.regionCode(),
                st.industrySection(), st.industryDivision(), st.tier(), st.leader(), st.teamSize(), st.focusIndustries(),
                st.capabilities(), st.sevenHaves(), st.status(), st.accreditation(), st.revocation(),
                actor.seesContacts() ? st.contact() : null, st.version(), s.createdAt, st.updatedAt());
    }
}
