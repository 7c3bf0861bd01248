package org.alliance.registry.domain.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A roster file read and checked as a whole: its format, SHA-256 (to tell a re-upload of the very
 * same file), the headers it has that the registry does not use, and its data rows.
 */
public record RosterFile(String fileName, Format format, String sha256, int bytes, List<String> ignoredHeaders,
        List<RosterRow> rows) {

    public enum Format { CSV, XLSX }

    /** The most data rows one file may hold. */
    public static final int MAX_ROWS = 10_000;

    /**
     * Rows that repeat an earlier row's studio (same credit code, same studio name), each mapped to
     * the row it repeats: the second is reported, never imported as a second studio.
     */
    public Map<Integer, Integer> duplicateRows() {
        Map<String, Integer> first = new HashMap<>();
        Map<Integer, Integer> duplicates = new HashMap<>();
        for (RosterRow row : rows) {
            String code = row.get(RosterColumn.CREDIT_CODE);
            String name = row.get(RosterColumn.STUDIO_NAME);
            if (code == null || name == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(CreditCodeCheck.normalise(code) + "|" + name, row.number());
            if (earlier != null) {
                duplicates.put(row.number(), earlier);
            }
        }
        return duplicates;
    }
}
