package org.alliance.application.domain.studio;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Keeps the studio copy in step with the registry's studio events. Events of one studio arrive in
 * order, but a replay or a redelivery may bring an older state: the version decides, so the copy
 * only moves forward.
 */
@ApplicationScoped
public class StudioReplica {

    /** The fields of a studio event this service keeps. */
    public record StudioState(UUID studioId, String name, String enterpriseName, String regionCode, String tier,
            String status, long version, OffsetDateTime updatedAt) {
    }

    public Uni<Void> apply(StudioState s) {
        return Studio.<Studio>findById(s.studioId()).flatMap(found -> {
            if (found != null && found.version >= s.version()) {
                return Uni.createFrom().voidItem();
            }
            Studio studio = found == null ? new Studio() : found;
            studio.id = s.studioId();
            studio.name = s.name();
            studio.enterpriseName = s.enterpriseName();
            studio.regionCode = s.regionCode();
            studio.tier = s.tier();
            studio.status = s.status();
            studio.version = s.version();
            studio.updatedAt = s.updatedAt();
            return found == null ? studio.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }
}
