package org.alliance.review.api.sevenhaves;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.review.domain.sevenhaves.SevenHaves;

/** One expert's scores, 0-100 for each of the seven haves, and a comment (re-accreditation and accreditation round alike). */
public record SevenHavesScoreRequest(
        @NotNull @Min(0) @Max(100) Integer modelWorkerLead,
        @NotNull @Min(0) @Max(100) Integer team,
        @NotNull @Min(0) @Max(100) Integer venue,
        @NotNull @Min(0) @Max(100) Integer equipment,
        @NotNull @Min(0) @Max(100) Integer rules,
        @NotNull @Min(0) @Max(100) Integer funding,
        @NotNull @Min(0) @Max(100) Integer results,
        @NotBlank @Size(max = 2000) String comment) {

    public SevenHaves items() {
        return new SevenHaves(modelWorkerLead, team, venue, equipment, rules, funding, results);
    }
}
