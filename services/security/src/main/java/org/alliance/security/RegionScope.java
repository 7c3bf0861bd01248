package org.alliance.security;

/**
 * GB/T 2260 containment: a province-level code (two digits then 0000) covers every code of that
 * province, a prefecture-level code (four digits then 00) covers its counties, any other code only
 * itself. So a union token for 340000 (Anhui) covers 340600 (Huaibei), and 340600 does not cover 340000.
 */
public final class RegionScope {

    private RegionScope() {
    }

    public static boolean covers(String scope, String code) {
        if (scope == null || code == null || scope.length() != 6 || code.length() != 6) {
            return false;
        }
        if (scope.endsWith("0000")) {
            return code.startsWith(scope.substring(0, 2));
        }
        if (scope.endsWith("00")) {
            return code.startsWith(scope.substring(0, 4));
        }
        return scope.equals(code);
    }

    /** The SQL LIKE pattern that selects the codes {@code scope} covers, for filtering lists in the database. */
    public static String likePattern(String scope) {
        if (scope.endsWith("0000")) {
            return scope.substring(0, 2) + "%";
        }
        if (scope.endsWith("00")) {
            return scope.substring(0, 4) + "%";
        }
        return scope;
    }
}
