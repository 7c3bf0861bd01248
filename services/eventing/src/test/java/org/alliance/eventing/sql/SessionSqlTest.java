package org.alliance.eventing.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionSqlTest {

    @Test
    void namesBecomePositionsOnePerDistinctName() {
        SessionSql.Positional p = SessionSql.positional(
                "SELECT a.id::text FROM t a WHERE a.x BETWEEN :low AND :high AND a.y = :low AND a.z = '区:域' LIMIT :n",
                Map.of("low", "330000", "high", "339999", "n", 21L, "unused", 1));
        assertEquals("SELECT a.id::text FROM t a WHERE a.x BETWEEN $1 AND $2 AND a.y = $1 AND a.z = '区:域' LIMIT $3", p.sql());
        assertArrayEquals(new Object[] {"330000", "339999", 21L}, p.values());
    }

    @Test
    void aNameWithoutValueIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionSql.positional("SELECT :missing", Map.of()));
        assertEquals("no value for :missing", e.getMessage());
    }
}
