package org.alliance.registry.domain.roster;

import java.util.List;

/** Receives a sheet's rows in order: the 1-based row number and the cells' text by column index. */
interface RowSink {

    void row(int number, List<String> cells);
}
