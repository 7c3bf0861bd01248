package org.alliance.application.domain.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.application.messaging.application.ApplicationEvents;
import org.alliance.security.Caller;

/** The benchmark's baseline (bench/application): the submitted row and its event, no rule checked. */
@ApplicationScoped
public class PlainInsert {

    @Inject
    Clock clock;

    @Inject
    ApplicationEvents events;

    @WithTransaction
    public Uni<Application> insert(Caller caller, ApplicationForm form, int year, String regionCode) {
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.callId = form.callId();
        a.kind = FundingCall.Kind.PROJECT_BOOST;
        a.callYear = year;
        a.status = Application.Status.SUBMITTED;
        a.filedBy = caller.name();
        a.regionCode = regionCode;
        a.studioId = form.studioId();
        a.enterpriseName = form.enterpriseName();
        ApplicationForms.copy(form, a);
        a.createdAt = OffsetDateTime.now(clock);
        a.submittedAt = a.createdAt;
        a.updatedAt = a.createdAt;
        return a.<Application>persist().flatMap(x -> Panache.getSession().flatMap(s -> s.flush()))
                .flatMap(x -> events.submitted(a)).replaceWith(a);
    }
}
