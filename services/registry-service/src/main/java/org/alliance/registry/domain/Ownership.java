package org.alliance.registry.domain;

/** Who owns an enterprise; the unions want more studios in non-public (非公) enterprises. */
public enum Ownership {
    STATE_OWNED, NON_PUBLIC, COLLECTIVE, FOREIGN_INVESTED
}
