package org.alliance.registry.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.domain.Region;
import org.alliance.registry.repository.ReferenceCatalog;
import org.alliance.registry.repository.ReferenceCatalog.RegionEntry;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GB/T 2260 administrative divisions. Reference data is public to every role; the list is small and
 * bounded (113 rows), so it is served whole rather than paged.
 */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
public class RegionResource {

    public record RegionView(String code, String name, Region.Level level, String parentCode, String standardVersion) {
        static RegionView of(RegionEntry r) {
            return new RegionView(r.code(), r.name(), r.level(), r.parentCode(), r.standardVersion());
        }
    }

    @Inject
    ReferenceCatalog catalog;

    @GET
    @Operation(summary = "List regions", description = "Filter by `parent` (a six-digit code: its direct children) and `level` (PROVINCE or PREFECTURE).")
    public Uni<List<RegionView>> list(@QueryParam("parent") String parent, @QueryParam("level") String level) {
        if (parent != null && !parent.matches("\\d{6}")) {
            throw ProblemException.invalid("parent", "must be a six-digit GB/T 2260 code");
        }
        Region.Level wanted = level == null ? null : parseLevel(level);
        return catalog.snapshot().map(s -> s.regions().values().stream()
                .filter(r -> parent == null || parent.equals(r.parentCode()))
                .filter(r -> wanted == null || wanted == r.level())
                .map(RegionView::of).toList());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One region by its GB/T 2260 code")
    public Uni<RegionView> get(@PathParam("code") String code) {
        return catalog.snapshot().map(s -> s.region(code).map(RegionView::of)
                .orElseThrow(() -> ProblemException.notFound("region", code)));
    }

    private static Region.Level parseLevel(String level) {
        try {
            return Region.Level.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("level", "must be one of " + Arrays.toString(Region.Level.values()));
        }
    }
}
