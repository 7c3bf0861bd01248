package org.alliance.review.api.rubric;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.alliance.review.api.ReviewOffice;
import org.alliance.review.domain.rubric.Criterion;
import org.alliance.review.domain.rubric.Rubric;
import org.alliance.review.domain.rubric.RubricService;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/review-calls/{callId}/rubric")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RubricResource {

    public record CriterionLine(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code, e.g. TECHNICAL_CONTENT") String code,
            @NotBlank @Size(max = 50) String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal weight,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal maxPoints,
            boolean bonus) {
    }

    public record RubricRequest(
            @NotNull @Min(1) @Max(15) Integer expertsPerCase,
            @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal spreadThreshold,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CriterionLine> criteria) {
    }

    /** {@code version} 0 is the default rubric, which the call has not replaced. */
    public record RubricView(UUID callId, int expertsPerCase, BigDecimal spreadThreshold, List<Criterion> criteria, long version) {
        static RubricView of(Rubric r) {
            return new RubricView(r.callId, r.expertsPerCase, r.spreadThreshold, r.criteria(), r.version);
        }
    }

    @Inject
    Caller caller;

    @Inject
    RubricService rubrics;

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @WithSession
    @Operation(summary = "A call's scoring rubric", description = "The default rubric (version 0) until the review office sets one.")
    public Uni<RubricView> get(@PathParam("callId") UUID callId) {
        return rubrics.of(callId).map(RubricView::of);
    }

    @PUT
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    @WithTransaction
    @Operation(summary = "Set a call's scoring rubric", description = "The review office (a CITY union of the call's cases' region, a "
            + "coordinator or an operator). Refused (409 rubric-in-use) once an expert has scored a case of the call.")
    public Uni<RubricView> replace(@PathParam("callId") UUID callId, @Valid @NotNull RubricRequest request) {
        ReviewOffice.require(caller);
        List<Criterion> criteria = request.criteria().stream()
                .map(c -> new Criterion(c.code(), c.name(), c.weight(), c.maxPoints(), c.bonus())).toList();
        return rubrics.replace(callId, request.expertsPerCase(), request.spreadThreshold(), criteria, caller::sees)
                .map(RubricView::of);
    }
}
