package org.alliance.matching.messaging.replica;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.alliance.events.registry.EnterpriseState;
import org.alliance.events.registry.StudioState;
import org.alliance.events.registry.SupplyLinkState;
import org.alliance.matching.repository.replica.ReplicaSql;

/**
 * Applies one registry event's state to the replica tables in the caller's transaction. Answers
 * whether the row changed: false for a version not newer than the one held.
 */
@ApplicationScoped
public class ReplicaWriter {

    public Uni<Boolean> enterprise(EnterpriseState data) {
        return upsert(ReplicaSql.UPSERT_ENTERPRISE, RegistryPayloads.enterpriseRow(data));
    }

    public Uni<Boolean> supplyLink(SupplyLinkState data) {
        return upsert(ReplicaSql.UPSERT_LINK, RegistryPayloads.linkRow(data));
    }

    public Uni<Boolean> studio(StudioState data) {
        return upsert(ReplicaSql.UPSERT_STUDIO, RegistryPayloads.studioRow(data));
    }

    private static Uni<Boolean> upsert(String sql, Object[] params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        }).map(rows -> rows > 0);
    }
}
