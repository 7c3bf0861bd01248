package org.alliance.registry.repository;

import java.util.List;
import java.util.Objects;
import org.alliance.registry.domain.RegionRange;

/** Filter conditions shared by the enterprise and studio lists. */
final class Filters {

    private Filters() {
    }

    /**
     * Every word of {@code text} occurs in {@code document}: the GIN index on the table's
     * search_grams finds the rows holding all the words' grams, and LIKE then checks each word
     * exactly, row by row. Grams and patterns come as arrays ({@link SearchTerms}), so the planner
     * sees them as values and estimates the grams from the column's statistics. The grams only find
     * candidates: the planner takes the pairs of one word as independent and expects far fewer rows
     * than hold them all, so the page of a common word is looked for without them
     * (PageSql.matchesFirst).
     */
    static void text(SqlFilter where, String document, String text) {
        text(where, document, text, List.of());
    }

    /**
     * {@link #text(SqlFilter, String, String)} for studios within regions: the studios' grams include
     * their region's (V13), so the GIN index finds the candidates within the regions rather than
     * across the country, and a union's search reads only its own region's rows.
     */
    static void text(SqlFilter where, String document, String text, List<String> regionCodes) {
        if (text == null || text.isBlank()) {
            return;
        }
        where.searchFor(text, regionCodes.stream().filter(Objects::nonNull).map(RegionRange::searchGram).toList())
                .candidates("a.search_grams @> :text_grams")
                .where(document + " LIKE ALL (:text_patterns)");
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
