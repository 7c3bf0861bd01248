package org.alliance.matching.domain;

/** GB/T 4754-2017: the section (A-T) each two-digit division (01-97) belongs to. */
public final class Industries {

    // the first division of each section, A to T
    private static final int[] FIRST = {1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97};

    private Industries() {
    }

    /** The section of {@code division} ("44" is D), or null when it is not a GB/T 4754-2017 division. */
    public static String sectionOf(String division) {
        if (division == null || !division.matches("\\d{2}")) {
            return null;
        }
        int d = Integer.parseInt(division);
        if (d < 1 || d > 97) {
            return null;
        }
        int section = 0;
        while (section + 1 < FIRST.length && FIRST[section + 1] <= d) {
            section++;
        }
        return String.valueOf((char) ('A' + section));
    }
}
