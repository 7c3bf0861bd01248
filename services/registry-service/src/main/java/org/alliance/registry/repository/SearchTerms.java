package org.alliance.registry.repository;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.eventing.sql.SessionSql;

/**
 * What a text filter searches for: the grams the GIN index is asked for and the LIKE patterns each
 * candidate is checked against (V7, V9). PostgreSQL computes them, with the same functions that made
 * the documents' grams, so a query can never be split differently from the text it is meant to find,
 * whatever the database's locale.
 *
 * <p>They are asked for once per text and remembered. Folded into a list statement as function calls
 * they were evaluated at every planning, once per mention (five in a text list), a large share of
 * the statement's planning time. Both functions are immutable, so a remembered answer is the answer.
 */
@Singleton
public class SearchTerms {

    /** The texts remembered, the least recently used forgotten first. */
    static final int REMEMBERED = 2_000;

    /** A text's grams and LIKE patterns. */
    public record Terms(String[] grams, String[] patterns) {
    }

    private final Map<String, Terms> remembered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Terms> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The terms of {@code text}, from memory or from the database (on the session's connection). */
    Uni<Terms> of(String text) {
        Terms known;
        synchronized (remembered) {
            known = remembered.get(text);
        }
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return SessionSql.rows("SELECT registry_query_grams($1), registry_query_patterns($1)", text).map(rows -> {
            Object[] row = rows.get(0);
            Terms terms = new Terms((String[]) row[0], (String[]) row[1]);
            synchronized (remembered) {
                remembered.put(text, terms);
            }
            return terms;
        });
    }

    /** {@code grams} followed by {@code more}. */
    static String[] with(String[] grams, List<String> more) {
        String[] all = new String[grams.length + more.size()];
        System.arraycopy(grams, 0, all, 0, grams.length);
        for (int i = 0; i < more.size(); i++) {
            all[grams.length + i] = more.get(i);
        }
        return all;
    }
}
