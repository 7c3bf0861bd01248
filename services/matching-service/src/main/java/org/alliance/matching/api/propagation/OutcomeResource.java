package org.alliance.matching.api.propagation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.api.propagation.OutcomeViews.AdoptionView;
import org.alliance.matching.api.propagation.OutcomeViews.Lineage;
import org.alliance.matching.domain.propagation.AdoptionService;
import org.alliance.matching.domain.propagation.Outcome;
import org.alliance.matching.domain.propagation.OutcomeAdoption;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Adoptions of outcomes (推广应用) and the lineage of an outcome: where it spread, who applied it, what it was worth. */
@Path("/api/v1/outcomes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    @Inject
    Caller caller;

    @Inject
    AdoptionService adoptions;

    @Inject
    LineageQuery lineage;

    public record NewAdoption(@NotNull UUID studioId,
            @NotNull @DecimalMin(value = "0.00", message = "must be 0 or more")
            @Digits(integer = 13, fraction = 2, message = "must be RMB with at most 13 integer digits and 2 decimals")
            BigDecimal economicValueRmb,
            // "today" is today in China whatever the server's zone: Bean Validation runs on the
            // common ChinaClockProvider
            @NotNull @PastOrPresent(message = "must be a date in the past or today (China time)") LocalDate adoptedOn,
            @Size(max = 2000) String note) {
    }

    /** The studio's union reports that the studio applied an outcome from its feed. */
    @POST
    @Path("adoptions")
    @RolesAllowed(Roles.UNION)
    @WithTransaction
    @Operation(summary = "Report that a studio applied an outcome", description = "By the studio's union, for a studio the outcome reached, once per studio; the economic value in RMB. Publishes outcome.adopted.v1.")
    @APIResponse(responseCode = "201", description = "The adoption; Location is its address")
    public Uni<Response> adopt(@PathParam("id") UUID outcomeId, @Valid @NotNull NewAdoption r) {
        return adoptions.adopt(outcomeId, r.studioId(), r.economicValueRmb(), r.adoptedOn(), r.note(), caller)
                .flatMap(done -> lineage.adoption(done.adoption(), done.studio()))
                .map(v -> Response.created(URI.create("/api/v1/outcomes/" + outcomeId + "/adoptions/" + v.id())).entity(v).build());
    }

    /** Visible to coordinators, the adopting studio's union and the originating studio's union. */
    @GET
    @Path("adoptions/{adoptionId}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "One adoption")
    public Uni<AdoptionView> adoption(@PathParam("id") UUID outcomeId, @PathParam("adoptionId") UUID adoptionId) {
        return OutcomeAdoption.<OutcomeAdoption>findById(adoptionId).flatMap(a -> {
            if (a == null || !a.outcomeId.equals(outcomeId)) {
                throw ProblemException.notFound("adoption", adoptionId);
            }
            return Outcome.<Outcome>findById(outcomeId).flatMap(o -> Studio.<Studio>findById(a.studioId).flatMap(s -> {
                if (!caller.sees(o.regionCode) && (s == null || !caller.sees(s.regionCode))) {
                    throw ProblemException.notFound("adoption", adoptionId);
                }
                return lineage.adoption(a, s);
            }));
        });
    }

    /** Coordinators, and the union of the region the outcome comes from. */
    @GET
    @Path("lineage")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "An outcome's lineage", description = "Where it spread (recipients with their paths, in propagation order) and who adopted it (adoptions in the order reported), the same page of each (page, size), and the value it created (totals over the whole outcome).")
    public Uni<Lineage> lineage(@PathParam("id") UUID outcomeId, @Valid @BeanParam PageRequest page) {
        return Outcome.<Outcome>findById(outcomeId).flatMap(o -> {
            if (o == null) {
                throw ProblemException.notFound("outcome", outcomeId);
            }
            caller.requireSees(o.regionCode, "outcome", outcomeId);
            return lineage.of(o, page);
        });
    }
}
