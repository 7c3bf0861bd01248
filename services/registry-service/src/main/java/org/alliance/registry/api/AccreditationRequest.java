package org.alliance.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.alliance.registry.domain.Accreditation;
import org.alliance.registry.domain.StudioTier;

/** A union accredited the studio at a tier on a day; {@code accreditedBy} is that union's GB/T 2260 code. */
public record AccreditationRequest(
        @NotNull StudioTier tier,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String accreditedBy,
        @NotNull @PastOrPresent LocalDate accreditedOn) {

    Accreditation accreditation() {
        return new Accreditation(tier, accreditedBy, accreditedOn);
    }
}
