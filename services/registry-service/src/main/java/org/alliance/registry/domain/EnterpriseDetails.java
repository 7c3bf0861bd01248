package org.alliance.registry.domain;

/** What a union states about an enterprise when registering or changing it. */
public record EnterpriseDetails(String name, String unifiedSocialCreditCode, Ownership ownership,
        String industrySection, String industryDivision, String regionCode) {
}
