package org.alliance.registry.domain;

import java.util.List;

/**
 * What a union states about a studio. The enterprise is fixed at registration; status and the
 * accreditation change only through accreditation and revocation.
 */
public record StudioDetails(String name, StudioTier tier, Leader leader, int teamSize, List<FocusIndustry> focusIndustries,
        Capabilities capabilities, SevenHaves sevenHaves, Contact contact) {

    public record Leader(String name, List<LeaderHonour> honours) {
    }

    public record Capabilities(String summary, List<String> keywords) {
    }

    /** The "seven haves" (七有) checklist. */
    public record SevenHaves(boolean modelWorkerLead, boolean team, boolean venue, boolean equipment, boolean rules,
            boolean funding, boolean results) {
    }

    public record Contact(String person, String phone, String email) {
    }
}
