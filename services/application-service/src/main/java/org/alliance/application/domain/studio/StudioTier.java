package org.alliance.application.domain.studio;

/** A studio's level (级别) as the registry publishes it, highest first. */
public enum StudioTier {
    NATIONAL_DEMONSTRATION, PROVINCIAL_DEMONSTRATION, MUNICIPAL, DISTRICT_BUREAU_GROUP, ENTERPRISE;

    public static boolean known(String name) {
        for (StudioTier t : values()) {
            if (t.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
