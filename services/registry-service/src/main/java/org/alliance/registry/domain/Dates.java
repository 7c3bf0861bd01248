package org.alliance.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Calendar days are the partner unions' (China Standard Time); instants are stored to the microsecond. */
public final class Dates {

    public static final ZoneId UNIONS = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(UNIONS);
    }

    /** PostgreSQL keeps microseconds; truncating first makes the stored, returned and published times equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
