package org.alliance.application.api.outcome;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.application.domain.outcome.Outcome;
import org.alliance.application.domain.outcome.OutcomeFiling;
import org.alliance.application.domain.outcome.OutcomeService;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/** Innovation outcomes (创新成果): filing one publishes it to the alliance. */
@Path("/api/v1/outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    @Inject
    OutcomeService outcomes;

    @Inject
    Caller caller;

    public record OutcomeRequest(UUID projectId, UUID patentApplicationId,
            @NotNull @Pattern(regexp = "PATENT|PROCESS|PRODUCT|SAVING", message = "must be PATENT, PROCESS, PRODUCT or SAVING") String kind,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String summary,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords,
            @NotNull @Pattern(regexp = "[A-T]", message = "must be a GB/T 4754-2017 section letter") String industrySection,
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a two-digit GB/T 4754-2017 division") String industryDivision,
            @DecimalMin("0") @DecimalMax(value = "99999999999999.99", message = "must be at most 99999999999999.99")
            @Digits(integer = 14, fraction = 2, message = "must have at most 14 digits and 2 decimals") BigDecimal economicValueRmb) {
    }

    public record OutcomeView(UUID id, UUID projectId, UUID patentApplicationId, UUID studioId, String regionCode, String kind,
            String title, String summary, List<String> keywords, String industrySection, String industryDivision,
            BigDecimal economicValueRmb, OffsetDateTime publishedAt) {
        static OutcomeView of(Outcome o) {
            return new OutcomeView(o.id, o.projectId, o.patentApplicationId, o.studioId, o.regionCode, o.kind, o.title, o.summary,
                    o.keywords, o.industrySection, o.industryDivision, o.economicValueRmb, o.publishedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<Response> file(@Valid @NotNull OutcomeRequest r) {
        if (r.keywords().stream().distinct().count() != r.keywords().size()) {
            throw org.alliance.common.problem.ProblemException.invalid("keywords", "must not repeat a keyword");
        }
        return outcomes.file(caller, new OutcomeFiling(r.projectId(), r.patentApplicationId(), r.kind(), r.title(), r.summary(),
                r.keywords(), r.industrySection(), r.industryDivision(), r.economicValueRmb()))
                .map(o -> Response.created(URI.create("/api/v1/outcomes/" + o.id)).entity(OutcomeView.of(o)).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<OutcomeView> get(@PathParam("id") UUID id) {
        return outcomes.get(caller, id).map(OutcomeView::of);
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Page<OutcomeView>> list(@Valid @BeanParam PageRequest page) {
        return outcomes.list(caller, page).map(p -> new Page<>(p.items().stream().map(OutcomeView::of).toList(), p.page(), p.size(), p.total()));
    }
}
