package org.alliance.registry.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.alliance.security.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.alliance.registry.domain.Region;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    public record RegionView(String code, String name, Region.Level level, String parentCode, String standardVersion) {
        static RegionView of(Region r) {
            return new RegionView(r.code, r.name, r.level, r.parentCode, r.standardVersion);
        }
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @WithSession
    public Uni<List<RegionView>> list() {
        return Region.<Region>listAll(io.quarkus.panache.common.Sort.by("code"))
                .map(regions -> regions.stream().map(RegionView::of).toList());
    }
}
