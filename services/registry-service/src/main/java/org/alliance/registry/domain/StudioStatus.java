package org.alliance.registry.domain;

/** Where a studio is in its accreditation lifecycle; only accreditation and revocation change it. */
public enum StudioStatus {
    REGISTERED, ACCREDITED, REVOKED
}
