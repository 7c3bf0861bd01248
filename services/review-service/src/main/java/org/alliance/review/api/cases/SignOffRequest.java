package org.alliance.review.api.cases;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.review.domain.cases.SignOff;

/**
 * A level's sign-off: {@code action} APPROVE (stamped with {@code unionName}), RETURN or REJECT (both
 * with a {@code reason}).
 */
public record SignOffRequest(
        @NotNull SignOff.Action action,
        @NotBlank @Size(max = 100) String unionName,
        @Size(max = 1000) String reason) {

    /** A return or a rejection says why. */
    @AssertTrue(message = "a return or a rejection needs a reason")
    public boolean isReason() {
        return action == null || action == SignOff.Action.APPROVE || (reason != null && !reason.isBlank());
    }

    SignOff signOff() {
        return new SignOff(action, unionName.strip(), reason == null || reason.isBlank() ? null : reason.strip());
    }
}
