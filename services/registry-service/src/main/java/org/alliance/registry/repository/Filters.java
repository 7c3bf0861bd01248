package org.alliance.registry.repository;

import org.alliance.registry.domain.RegionRange;

/** Filter conditions shared by the enterprise and studio lists. */
final class Filters {

    /**
     * Every word of {@code :text} occurs in the searched text (%s). The GIN index on search_grams
     * finds the rows holding all the words' character pairs; LIKE then checks each word exactly.
     * Both functions are immutable, so with the parameter's value known the planner folds them into
     * constants and also sees how many rows match: a common word then walks the name index and stops
     * after one page (under 1 ms on 100,000 studios), a rare one takes the GIN index. A generic plan
     * (prepared statements are cached) would call them per row; V11 prices such a plan above any
     * custom one, so the planner keeps making custom plans for text filters.
     */
    static final String TEXT = "a.search_grams @> registry_query_grams(:text)"
            + " AND %s LIKE ALL (registry_query_patterns(:text))";

    private Filters() {
    }

    /** Codes covered by {@code code} (a province includes its cities); nothing when {@code code} is null. */
    static void region(SqlFilter where, String column, String code, String name) {
        if (code == null) {
            return;
        }
        RegionRange range = RegionRange.of(code);
        where.where(column + " BETWEEN :" + name + "_low AND :" + name + "_high")
                .parameter(name + "_low", range.low()).parameter(name + "_high", range.high());
    }

    /** A section letter ("C") or a two-digit division ("37"). */
    static void industry(SqlFilter where, String alias, String industry) {
        if (industry == null) {
            return;
        }
        if (industry.length() == 1) {
            where.where(alias + ".industry_section = :section", "section", industry);
        } else {
            where.where(alias + ".industry_division = :division", "division", industry);
        }
    }
}
