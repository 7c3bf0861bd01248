package org.alliance.registry.domain;

import java.time.LocalDate;

/** Revoking a studio's accreditation, e.g. after it failed its five-year re-review. */
public record Revocation(String reason, LocalDate revokedOn) {
}
