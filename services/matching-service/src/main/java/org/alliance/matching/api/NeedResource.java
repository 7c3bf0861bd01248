package org.alliance.matching.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.alliance.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.domain.Need;

@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedResource {

    public record NewNeed(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description,
            @NotNull @Pattern(regexp = "[A-T]|\\d{2}", message = "must be a GB/T 4754-2017 section letter or division") String industryCode,
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String regionCode,
            @NotNull Need.Urgency urgency) {
    }

    public record NeedView(UUID id, String title, String description, String industryCode, String regionCode,
            Need.Urgency urgency, Need.Status status) {
        static NeedView of(Need n) {
            return new NeedView(n.id, n.title, n.description, n.industryCode, n.regionCode, n.urgency, n.status);
        }
    }

    @POST
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithTransaction
    public Uni<Response> post(@Valid @NotNull NewNeed request) {
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.title = request.title();
        need.description = request.description();
        need.industryCode = request.industryCode();
        need.regionCode = request.regionCode();
        need.urgency = request.urgency();
        return need.<Need>persist().map(saved -> Response
                .created(URI.create("/api/v1/needs/" + saved.id)).entity(NeedView.of(saved)).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    public Uni<NeedView> get(@PathParam("id") UUID id) {
        return Need.<Need>findById(id).map(need -> {
            if (need == null) {
                throw ProblemException.notFound("need", id);
            }
            return NeedView.of(need);
        });
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    public Uni<Page<NeedView>> list(@Valid @BeanParam PageRequest page) {
        var query = Need.<Need>findAll(io.quarkus.panache.common.Sort.descending("createdAt")).page(page.page, page.size);
        return query.list().flatMap(items -> query.count()
                .map(total -> new Page<>(items.stream().map(NeedView::of).toList(), page.page, page.size, total)));
    }
}
