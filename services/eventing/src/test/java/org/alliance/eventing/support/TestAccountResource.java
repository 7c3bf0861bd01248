package org.alliance.eventing.support;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import java.util.UUID;

/** Opens an account over HTTP, so tests can check that the request's trace context reaches the event. */
@Path("/test/accounts")
public class TestAccountResource {

    @Inject
    Accounts accounts;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public Uni<String> open(String owner) {
        return accounts.open(owner, Uni.createFrom().voidItem()).map(UUID::toString);
    }
}
