package org.alliance.registry.domain;

/**
 * The GB/T 2260 codes a code covers, as an inclusive range, so lists filter with an index range
 * scan: 340000 covers 340000..349999, 340600 covers 340600..340699, a county code only itself.
 * (A LIKE prefix cannot use the index under the database's C.UTF-8 collation.)
 */
public record RegionRange(String low, String high) {

    public static RegionRange of(String code) {
        if (code.endsWith("0000")) {
            return new RegionRange(code, code.substring(0, 2) + "9999");
        }
        if (code.endsWith("00")) {
            return new RegionRange(code, code.substring(0, 4) + "99");
        }
        return new RegionRange(code, code);
    }

    /**
     * The search gram every studio within {@code code} carries (V13): "~r" and the code without its
     * zero tail, so a union's text search finds its candidates in the GIN index within its region.
     */
    public static String searchGram(String code) {
        String prefix = code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code;
        return "~r" + prefix;
    }
}
