package org.alliance.registry.domain.roster;

import java.util.Map;

/**
 * One data row of a roster as the union wrote it: its row number as the spreadsheet shows it (the
 * header row included, so the first data row under a header in row 1 is row 2) and the text of each
 * recognised column (a blank cell is absent).
 */
public record RosterRow(int number, Map<RosterColumn, String> cells) {

    public String get(RosterColumn column) {
        return cells.get(column);
    }
}
