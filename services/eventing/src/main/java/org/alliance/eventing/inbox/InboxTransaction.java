package org.alliance.eventing.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.IncomingEvent;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.eventing.trace.TraceContext;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Applies events in one transaction: one INSERT of their inbox rows with ON CONFLICT DO NOTHING
 * RETURNING the rows it added, then the handler for exactly those events, in order. An event seen
 * before (or twice in the list) is inserted nowhere and handled never. Must run on a Vert.x context.
 */
final class InboxTransaction {

    private static final int COLUMNS = 7;

    private InboxTransaction() {
    }

    /** The events the handler applied, in order; the rest were repeats. */
    static Uni<List<IncomingEvent>> apply(String consumer, EventDispatch dispatch, List<Decoded.Event> events) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> insert(session, consumer, events))
                .flatMap(added -> {
                    List<Decoded.Event> fresh = new ArrayList<>();
                    Set<String> taken = new HashSet<>();
                    for (Decoded.Event e : events) {
                        String key = key(e.event().source(), e.event().id());
                        if (added.contains(key) && taken.add(key)) {
                            fresh.add(e);
                        }
                    }
                    // one after the other, in order; concatenation keeps the stack flat for any batch size
                    return Multi.createFrom().iterable(fresh)
                            .onItem().transformToUniAndConcatenate(e -> {
                                // what the handler records continues this event's trace
                                TraceContext.enter(e.traceparent(), e.tracestate());
                                return dispatch.apply(e.event()).replaceWith(e.event());
                            })
                            .collect().asList();
                }));
    }

    private static Uni<Set<String>> insert(Mutiny.Session session, String consumer, List<Decoded.Event> events) {
        StringBuilder sql = new StringBuilder("INSERT INTO eventing.inbox_event"
                + " (consumer, source, event_id, type, topic, kafka_partition, kafka_offset) VALUES ");
        Object[] parameters = new Object[events.size() * COLUMNS];
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= COLUMNS; c++) {
                sql.append(c == 1 ? "" : ", ").append('$').append(i * COLUMNS + c);
            }
            sql.append(')');
            IncomingEvent e = events.get(i).event();
            int p = i * COLUMNS;
            parameters[p] = consumer;
            parameters[p + 1] = e.source();
            parameters[p + 2] = e.id();
            parameters[p + 3] = e.type();
            parameters[p + 4] = e.topic();
            parameters[p + 5] = e.partition();
            parameters[p + 6] = e.offset();
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING source, event_id");
        return SessionSql.rows(session, sql.toString(), parameters).map(rows -> {
            Set<String> added = new HashSet<>();
            for (Object[] row : rows) {
                added.add(key((String) row[0], (String) row[1]));
            }
            return added;
        });
    }

    private static String key(String source, String id) {
        return source + '\n' + id;
    }
}
