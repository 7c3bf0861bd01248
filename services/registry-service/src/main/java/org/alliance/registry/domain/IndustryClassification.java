package org.alliance.registry.domain;

import java.util.Optional;

/**
 * The structure of GB/T 4754-2017: twenty sections A to T, each owning a contiguous run of the
 * 97 two-digit divisions (01 to 97). An industry is valid when its division belongs to its section.
 */
public final class IndustryClassification {

    /** The last division of each section A..T; a section starts one after the previous section's last. */
    private static final int[] LAST_DIVISION = {5, 12, 43, 46, 50, 52, 60, 62, 65, 69, 70, 72, 75, 79, 82, 83, 85, 90, 96, 97};

    private IndustryClassification() {
    }

    /** The section a two-digit division belongs to, or empty for anything that is not a GB/T 4754-2017 division. */
    public static Optional<Character> sectionOf(String division) {
        if (division == null || !division.matches("\\d{2}")) {
            return Optional.empty();
        }
        int d = Integer.parseInt(division);
        for (int i = 0; i < LAST_DIVISION.length; i++) {
            if (d >= 1 && d <= LAST_DIVISION[i]) {
                return Optional.of((char) ('A' + i));
            }
        }
        return Optional.empty();
    }

    public static boolean isSection(String section) {
        return section != null && section.length() == 1 && section.charAt(0) >= 'A' && section.charAt(0) <= 'T';
    }

    public static boolean belongs(String section, String division) {
        return isSection(section) && sectionOf(division).map(s -> s == section.charAt(0)).orElse(false);
    }
}
