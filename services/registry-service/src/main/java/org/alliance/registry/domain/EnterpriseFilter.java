package org.alliance.registry.domain;

/** Enterprise list filters, each optional; {@code industry} is a section letter or a two-digit division. */
public record EnterpriseFilter(String regionCode, String industry, Ownership ownership, String text) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null);
    }
}
