package org.alliance.registry.domain;

import java.util.UUID;

/**
 * Studio list filters, each optional: region (a province code includes its cities), tier, industry
 * (a section letter "C" or a division "37"), status, enterprise, and text matched against name,
 * capability summary and keywords (every word of the text must occur).
 */
public record StudioFilter(String regionCode, StudioTier tier, String industry, StudioStatus status, UUID enterpriseId,
        String text) {

    public static StudioFilter none() {
        return new StudioFilter(null, null, null, null, null, null);
    }
}
