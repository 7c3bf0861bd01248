package org.alliance.registry.domain;

import org.alliance.common.problem.ProblemException;

/** Optimistic concurrency: a change names the version it was based on and fails if that is stale. */
public final class Versions {

    private Versions() {
    }

    /** {@code expected} null means the caller named no version (allowed only where the API says so). */
    public static void require(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new ProblemException(412, "stale-version", "Precondition Failed",
                    what + " is at version " + current + ", not " + expected + "; read it again and retry", null);
        }
    }
}
