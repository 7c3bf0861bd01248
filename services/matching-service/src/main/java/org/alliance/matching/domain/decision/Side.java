package org.alliance.matching.domain.decision;

/** The two parties to a match: the side that posted the need, and the side of the proposed studio. */
public enum Side {
    NEED, STUDIO;

    public Side other() {
        return this == NEED ? STUDIO : NEED;
    }
}
