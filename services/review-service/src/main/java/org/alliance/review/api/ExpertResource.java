package org.alliance.review.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.review.domain.Expert;
import org.alliance.security.Roles;

@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertResource {

    public record NewExpert(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String affiliation,
            @NotBlank @Size(max = 200) String specialty,
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String regionCode) {
    }

    public record ExpertView(UUID id, String name, String affiliation, String specialty, String regionCode, boolean active) {
        static ExpertView of(Expert e) {
            return new ExpertView(e.id, e.name, e.affiliation, e.specialty, e.regionCode, e.active);
        }
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @WithTransaction
    public Uni<Response> enrol(@Valid @NotNull NewExpert request) {
        Expert expert = new Expert();
        expert.id = UUID.randomUUID();
        expert.name = request.name();
        expert.affiliation = request.affiliation();
        expert.specialty = request.specialty();
        expert.regionCode = request.regionCode();
        return expert.<Expert>persist().map(saved -> Response
                .created(URI.create("/api/v1/experts/" + saved.id)).entity(ExpertView.of(saved)).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @WithSession
    public Uni<ExpertView> get(@PathParam("id") UUID id) {
        return Expert.<Expert>findById(id).map(expert -> {
            if (expert == null) {
                throw ProblemException.notFound("expert", id);
            }
            return ExpertView.of(expert);
        });
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @WithSession
    public Uni<Page<ExpertView>> list(@Valid @BeanParam PageRequest page) {
        return Pages.of(Expert.<Expert>findAll(Sort.by("name")), page).map(p -> p.map(ExpertView::of));
    }
}
