package org.alliance.review.api;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.alliance.common.http.Preconditions;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.review.domain.Expert;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertResource {

    /**
     * An expert as enrolled or replaced. The fields after {@code regionCode} are optional: an expert without
     * an employer has no employer conflicts, one without divisions or keywords is relevant to nothing in
     * particular, and takes at most 10 cases per call unless told otherwise.
     */
    public record NewExpert(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String affiliation,
            @NotBlank @Size(max = 200) String specialty,
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String regionCode,
            UUID employerEnterpriseId,
            @Size(max = 20) List<@NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GB/T 4754 division") String> industryDivisions,
            @Size(max = 30) List<@NotBlank @Size(max = 50) String> keywords,
            @Size(max = 200) List<@NotNull UUID> declaredConflictStudioIds,
            @Min(1) @Max(500) Integer maxCasesPerCall,
            Boolean active) {

        void applyTo(Expert expert) {
            expert.name = name;
            expert.affiliation = affiliation;
            expert.specialty = specialty;
            expert.regionCode = regionCode;
            expert.employerEnterpriseId = employerEnterpriseId;
            expert.industryDivisions = industryDivisions == null ? List.of() : industryDivisions.stream().distinct().sorted().toList();
            expert.keywords = keywords == null ? List.of() : keywords.stream().map(String::strip).distinct().toList();
            expert.declaredConflictStudioIds = declaredConflictStudioIds == null ? List.of()
                    : declaredConflictStudioIds.stream().distinct().sorted().toList();
            expert.maxCasesPerCall = maxCasesPerCall == null ? 10 : maxCasesPerCall;
            expert.active = active == null || active;
        }
    }

    public record ExpertView(UUID id, String name, String affiliation, String specialty, String regionCode, boolean active,
            UUID employerEnterpriseId, List<String> industryDivisions, List<String> keywords,
            List<UUID> declaredConflictStudioIds, int maxCasesPerCall, long version) {
        static ExpertView of(Expert e) {
            return new ExpertView(e.id, e.name, e.affiliation, e.specialty, e.regionCode, e.active, e.employerEnterpriseId,
                    e.industryDivisions, e.keywords, e.declaredConflictStudioIds, e.maxCasesPerCall, e.version);
        }
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @WithTransaction
    @Operation(summary = "Enrol an expert in the pool")
    @APIResponse(responseCode = "201", description = "The expert; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertView.class)))
    public Uni<Response> enrol(@Valid @NotNull NewExpert request) {
        Expert expert = new Expert();
        expert.id = UUID.randomUUID();
        request.applyTo(expert);
        return expert.<Expert>persist().map(saved -> Response.created(URI.create("/api/v1/experts/" + saved.id))
                .entity(ExpertView.of(saved)).tag(Preconditions.etag(saved.version)).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.OPERATOR)
    @WithTransaction
    @Operation(summary = "Replace an expert's profile", description = "Needs If-Match with the version read (428 without, 412 when stale). "
            + "Setting active false keeps the expert's assignments and scores but leaves them out of later assignments.")
    @APIResponse(responseCode = "200", description = "The expert as changed; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertView.class)))
    public Uni<Response> replace(@PathParam("id") UUID id,
            @HeaderParam(Preconditions.IF_MATCH) @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, pattern = Preconditions.ETAG_PATTERN)) String ifMatch, @Valid @NotNull NewExpert request) {
        long expected = Preconditions.required(ifMatch);
        return Expert.<Expert>findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).map(expert -> {
            if (expert == null) {
                throw ProblemException.notFound("expert", id);
            }
            if (expert.version != expected) {
                throw new ProblemException(412, "precondition-failed", "Precondition Failed",
                        "If-Match: expert " + id + " is at version " + expert.version,
                        List.of(new org.alliance.common.problem.Problem.FieldError(Preconditions.IF_MATCH, "stale")));
            }
            request.applyTo(expert);
            expert.version++;
            return Response.ok(ExpertView.of(expert)).tag(Preconditions.etag(expert.version)).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.COORDINATOR, Roles.OPERATOR})
    @WithSession
    @Operation(summary = "An expert of the pool")
    @APIResponse(responseCode = "200", description = "The expert; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertView.class)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return Expert.<Expert>findById(id).map(expert -> {
            if (expert == null) {
                throw ProblemException.notFound("expert", id);
            }
            return Response.ok(ExpertView.of(expert)).tag(Preconditions.etag(expert.version)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.COORDINATOR, Roles.OPERATOR})
    @WithSession
    @Operation(summary = "The expert pool, by name")
    public Uni<Page<ExpertView>> list(@Valid @BeanParam PageRequest page) {
        return Pages.of(Expert.<Expert>findAll(Sort.by("name").and("id")), page).map(p -> p.map(ExpertView::of));
    }
}
