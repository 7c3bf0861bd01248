package org.alliance.application.support;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.application.domain.project.FundingDecision;
import org.alliance.application.domain.project.ProjectService;

/** The review side's decisions and returns, applied as the service's consumer applies them. */
public final class Decisions {

    private Decisions() {
    }

    public static void fund(String applicationId, String callId, UUID studioId, String grade, long amountRmb) {
        apply(new FundingDecision(UUID.fromString(applicationId), UUID.fromString(callId), studioId, true, grade, amountRmb,
                "技术含量高", OffsetDateTime.now()));
    }

    public static void reject(String applicationId, String callId, UUID studioId) {
        apply(new FundingDecision(UUID.fromString(applicationId), UUID.fromString(callId), studioId, false, null, null,
                "名额已满", OffsetDateTime.now()));
    }

    public static void returnForChanges(String applicationId, String reason) {
        ProjectService projects = Arc.container().instance(ProjectService.class).get();
        run(() -> Panache.withTransaction(() -> projects.returned(UUID.fromString(applicationId), reason)));
    }

    private static void apply(FundingDecision d) {
        ProjectService projects = Arc.container().instance(ProjectService.class).get();
        run(() -> Panache.withTransaction(() -> projects.decided(d)));
    }

    private static void run(java.util.function.Supplier<io.smallrye.mutiny.Uni<Void>> work) {
        try {
            VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
