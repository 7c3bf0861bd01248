package org.alliance.application.support;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.application.domain.studio.StudioReplica;

/** Puts studios into the service's replica as the registry's studio events would. */
public final class Studios {

    private Studios() {
    }

    public static UUID accredited(String region, String tier) {
        return put(UUID.randomUUID(), region, tier, "ACCREDITED", 2);
    }

    public static UUID put(UUID id, String region, String tier, String status, long version) {
        StudioReplica replica = Arc.container().instance(StudioReplica.class).get();
        StudioReplica.StudioState state = new StudioReplica.StudioState(id, "测试创新工作室" + id.toString().substring(0, 4),
                "北京测试企业有限公司", region, tier, status, version, OffsetDateTime.now());
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> replica.apply(state)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
