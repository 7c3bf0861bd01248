package org.alliance.review.messaging.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.registry.EnterpriseEvent;
import org.alliance.events.registry.EnterpriseState;
import org.alliance.events.registry.StudioEvent;
import org.alliance.events.registry.StudioState;
import org.alliance.events.registry.SupplyLinkEvent;
import org.alliance.events.registry.SupplyLinkState;
import org.alliance.review.repository.replica.ReplicaSql;

/**
 * Keeps the replica of the registry (enterprises, supply links, studios) in step with its three
 * compacted topics, in the inbox's transaction for each event. Every event carries the aggregate's
 * full state; the newest version wins.
 */
@ApplicationScoped
public class RegistryReplicaHandler implements EventHandler {

    @Inject
    ObjectMapper json;

    @Override
    public String consumerName() {
        return "review.registry-replica";
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch()
                .on(EnterpriseEvent.class, e -> enterprise(e.state(), e.groupEnterpriseId()))
                .on(SupplyLinkEvent.class, e -> link(e.state()))
                .on(StudioEvent.class, e -> studio(e.state()));
    }

    /** v1 and v2 alike: a v1 event (published before groups existed) has no group, and stands for none. */
    private Uni<Void> enterprise(EnterpriseState s, java.util.UUID group) {
        return execute(ReplicaSql.UPSERT_ENTERPRISE, s.enterpriseId().toString(), s.name(), s.unifiedSocialCreditCode(),
                s.ownership(), s.industrySection(), s.industryDivision(), s.regionCode(), s.version(), s.updatedAt().toString(),
                text(group))
                .replaceWithVoid();
    }

    private Uni<Void> link(SupplyLinkState s) {
        return execute(ReplicaSql.UPSERT_LINK, s.linkId().toString(), s.upstreamEnterpriseId().toString(),
                s.downstreamEnterpriseId().toString(), s.product(), s.active(), s.version(), s.updatedAt().toString())
                .replaceWithVoid();
    }

    private Uni<Void> studio(StudioState s) {
        StudioState.Accreditation accreditation = s.accreditation();
        return execute(ReplicaSql.UPSERT_STUDIO, s.studioId().toString(), s.name(), s.enterpriseId().toString(),
                s.enterpriseName(), s.regionCode(), s.industrySection(), s.industryDivision(), s.tier(), s.status(),
                accreditation == null ? null : text(accreditation.accreditedOn()),
                accreditation == null ? null : text(accreditation.reReviewDue()),
                json(s), s.version(), s.updatedAt().toString())
                .chain(() -> execute(ReplicaSql.FILL_CASES_OF_STUDIO, s.studioId().toString(), s.enterpriseId().toString(),
                        s.industryDivision()))
                .replaceWithVoid();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private String json(StudioState s) {
        try {
            return json.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("studio state not writable as JSON", e);
        }
    }

    private static Uni<Integer> execute(String sql, Object... params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }
}
