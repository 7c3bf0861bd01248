package org.alliance.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.alliance.registry.domain.EnterpriseDetails;
import org.alliance.registry.domain.Ownership;

/**
 * Registers an enterprise, or replaces its details (PUT with If-Match). {@code groupEnterpriseId}: the head enterprise of
 * its group (集团), e.g. 中国兵器工业集团有限公司 for its subsidiaries; absent or null for none (a PUT without it leaves the group).
 */
public record EnterpriseRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}",
                message = "must be 18 digits or capital letters other than I, O, S, V, Z") String unifiedSocialCreditCode,
        @NotNull Ownership ownership,
        @NotNull @Pattern(regexp = "[A-T]", message = "must be a GB/T 4754-2017 section letter A to T") String industrySection,
        @NotNull @Pattern(regexp = "\\d{2}", message = "must be a two-digit GB/T 4754-2017 division") String industryDivision,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 code") String regionCode,
        UUID groupEnterpriseId) {

    EnterpriseDetails details() {
        return new EnterpriseDetails(name, unifiedSocialCreditCode, ownership, industrySection, industryDivision, regionCode,
                groupEnterpriseId);
    }
}
