package org.alliance.registry.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.domain.ChainLink;
import org.alliance.registry.domain.SupplyLinkService;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An enterprise's suppliers and customers, and theirs, to a depth. */
@Path("/api/v1/enterprises/{id}/supply-links")
@Produces(MediaType.APPLICATION_JSON)
public class SupplyChainResource {

    @Inject
    SupplyLinkService service;

    @Inject
    Actors actors;

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Walk the supply chain", description = "direction upstream (suppliers), downstream (customers) or both; depth 1 to 5. A union walks only links inside its region.")
    public Uni<SupplyChainView> chain(@PathParam("id") UUID id,
            @QueryParam("direction") @DefaultValue("both") String direction,
            @QueryParam("depth") @DefaultValue("1") String depth) {
        Set<ChainLink.Direction> directions = switch (direction) {
            case "upstream" -> EnumSet.of(ChainLink.Direction.UPSTREAM);
            case "downstream" -> EnumSet.of(ChainLink.Direction.DOWNSTREAM);
            case "both" -> EnumSet.allOf(ChainLink.Direction.class);
            default -> throw ProblemException.invalid("direction", "must be upstream, downstream or both");
        };
        int levels;
        try {
            levels = Integer.parseInt(depth);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("depth", "must be a whole number from 1 to " + SupplyLinkService.MAX_DEPTH);
        }
        return service.chain(actors.current(), id, directions, levels)
                .map(links -> new SupplyChainView(id, direction, levels, links));
    }
}
