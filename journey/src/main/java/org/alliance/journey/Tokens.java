package org.alliance.journey;

import java.util.UUID;

/** The identities the walk-through acts as; each source mints them the way the running services trust. */
public interface Tokens {

    /** A union of {@code region}; {@code level} UNIT, DISTRICT or CITY (null: none), a unit union's {@code enterprise}. */
    String union(String region, String level, UUID enterprise);

    String coordinator();

    String operator();

    /** A reviewer speaking for the pool's expert {@code expert}. */
    String reviewer(UUID expert);
}
