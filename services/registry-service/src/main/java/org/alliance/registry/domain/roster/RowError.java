package org.alliance.registry.domain.roster;

/** Why a roster row was not imported: the column (its Chinese header, empty for the row as a whole) and the reason. */
public record RowError(String column, String reason) {

    static RowError of(RosterColumn column, String reason) {
        return new RowError(column.header(), reason);
    }
}
