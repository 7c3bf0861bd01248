package org.alliance.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A studio accredited by a city union's yearly accreditation round in the review service
 * (accreditation.decided.v1, ACCREDITED): at {@code tier} from {@code decidedOn} by the union {@code decidedBy}.
 */
public record RoundAccreditation(UUID caseId, UUID studioId, StudioTier tier, String decidedBy, LocalDate decidedOn) {
}
