package org.alliance.application.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.application.domain.FundingCall;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.Roles;

@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingCallResource {

    public record NewCall(
            @NotNull FundingCall.Kind kind,
            @Min(2000) @Max(2100) int year,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn) {
    }

    public record CallView(UUID id, FundingCall.Kind kind, int year, String title, LocalDate opensOn, LocalDate closesOn) {
        static CallView of(FundingCall c) {
            return new CallView(c.id, c.kind, c.year, c.title, c.opensOn, c.closesOn);
        }
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @WithTransaction
    public Uni<Response> open(@Valid @NotNull NewCall request) {
        if (request.closesOn().isBefore(request.opensOn())) {
            throw ProblemException.invalid("closesOn", "must not be before opensOn");
        }
        return FundingCall.count("kind = ?1 and year = ?2", request.kind(), request.year()).flatMap(existing -> {
            if (existing > 0) {
                throw ProblemException.conflict("a " + request.kind() + " call for " + request.year() + " already exists");
            }
            FundingCall call = new FundingCall();
            call.id = UUID.randomUUID();
            call.kind = request.kind();
            call.year = request.year();
            call.title = request.title();
            call.opensOn = request.opensOn();
            call.closesOn = request.closesOn();
            return call.<FundingCall>persist().map(saved -> Response
                    .created(URI.create("/api/v1/calls/" + saved.id)).entity(CallView.of(saved)).build());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @WithSession
    public Uni<CallView> get(@PathParam("id") UUID id) {
        return FundingCall.<FundingCall>findById(id).map(call -> {
            if (call == null) {
                throw ProblemException.notFound("call", id);
            }
            return CallView.of(call);
        });
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @WithSession
    public Uni<Page<CallView>> list(@Valid @BeanParam PageRequest page) {
        return Pages.of(FundingCall.<FundingCall>findAll(Sort.descending("year").and("kind")), page).map(p -> p.map(CallView::of));
    }
}
