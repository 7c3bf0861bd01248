package org.alliance.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.alliance.registry.domain.Dates;
import org.alliance.registry.domain.Revocation;

/** Why the accreditation is revoked, and since when (today in China when left out). */
public record RevocationRequest(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate revokedOn) {

    Revocation revocation() {
        return new Revocation(reason, revokedOn == null ? Dates.today() : revokedOn);
    }
}
