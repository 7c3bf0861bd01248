package org.alliance.registry;

import java.util.List;
import java.util.Map;
import org.alliance.testing.TestDatabase;

/** The registry's test database, read directly to assert state the API does not show or must not have changed. */
public final class Db {

    public static final String DATABASE = "registry_test";
    public static final TestDatabase REGISTRY = TestDatabase.named(DATABASE);

    private Db() {
    }

    public static List<Map<String, Object>> rows(String sql, Object... params) {
        return REGISTRY.rows(sql, params);
    }

    public static long count(String sql, Object... params) {
        return REGISTRY.count(sql, params);
    }

    /** Events of one aggregate in the outbox, oldest first: their types. */
    public static List<String> eventTypes(String subject) {
        return rows("SELECT type FROM eventing.outbox_event WHERE subject = ? ORDER BY position", subject).stream()
                .map(r -> (String) r.get("type")).toList();
    }

    /** A fingerprint of all registry state, roster imports included: any write shows up as a different value. */
    public static String fingerprint() {
        return records() + "|" + count("SELECT count(*) FROM import_job");
    }

    /** A fingerprint of the registry's records and their events, without the roster imports that record uploads. */
    public static String records() {
        return rows("SELECT md5((SELECT coalesce(string_agg(id || ':' || version, ',' ORDER BY id), '') FROM enterprise)"
                + " || '|' || (SELECT coalesce(string_agg(id || ':' || version, ',' ORDER BY id), '') FROM supply_link)"
                + " || '|' || (SELECT coalesce(string_agg(id || ':' || version, ',' ORDER BY id), '') FROM studio)"
                + " || '|' || (SELECT count(*) FROM studio_accreditation)"
                + " || '|' || (SELECT coalesce(max(position), 0) FROM eventing.outbox_event)) AS f").get(0).get("f").toString();
    }
}
