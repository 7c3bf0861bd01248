package org.alliance.review.repository.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.events.application.CallClosed;
import org.alliance.events.application.CallPublished;

/** The copies of published calls: written once per call, read whole (the terms as the event carried them). */
@ApplicationScoped
public class CallCopies {

    @Inject
    ObjectMapper json;

    /** Keeps the call's terms; a second copy of the same call (a redelivery, a replay) changes nothing. */
    public Uni<Void> keep(CallPublished call) {
        String terms;
        try {
            terms = json.writeValueAsString(call);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                // the parameter goes as text: typed jsonb, the client would encode the Java string as a JSON string
                "INSERT INTO funding_call (id, kind, year, issuing_region, terms, published_at)"
                        + " VALUES (?1, ?2, ?3, ?4, cast(cast(?5 AS text) AS jsonb), ?6) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, call.callId()).setParameter(2, call.kind()).setParameter(3, call.year())
                .setParameter(4, call.issuingRegion()).setParameter(5, terms)
                .setParameter(6, call.publishedAt().atOffset(ZoneOffset.UTC)).executeUpdate()).replaceWithVoid();
    }

    /**
     * The issuing union closed the window early. The copy of the terms is written first on the same
     * partition (same key, same topic), so the row is there; a redelivery keeps the first closing.
     */
    public Uni<Void> closed(CallClosed closing) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "UPDATE funding_call SET closed_at = ?2 WHERE id = ?1 AND closed_at IS NULL")
                .setParameter(1, closing.callId()).setParameter(2, closing.closedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    /** When the issuing union closed the call's window early, if it did. */
    public Uni<Optional<OffsetDateTime>> closedEarly(UUID callId) {
        return SessionSql.rows("SELECT closed_at FROM funding_call WHERE id = $1", callId)
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.ofNullable((OffsetDateTime) rows.get(0)[0]));
    }

    /** The call's terms, or null when no such call was published. */
    public Uni<CallPublished> find(UUID callId) {
        return SessionSql.rows("SELECT terms::text FROM funding_call WHERE id = $1", callId).map(rows -> {
            if (rows.isEmpty()) {
                return null;
            }
            try {
                return json.readValue((String) rows.get(0)[0], CallPublished.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the copy of call " + callId + " is not its event's JSON", e);
            }
        });
    }
}
