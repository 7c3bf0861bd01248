package org.alliance.application.api.project;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.application.domain.project.Project;
import org.alliance.application.domain.project.ProjectService;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/** Funded projects and their completion acceptance (结题验收). */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    Caller caller;

    public record ProjectView(UUID id, UUID applicationId, UUID callId, UUID studioId, String regionCode, String title,
            String grade, long amountRmb, LocalDate approvedOn, LocalDate dueOn, Project.Status status, String report,
            OffsetDateTime reportedAt, String verdictReason, LocalDate acceptedOn, OffsetDateTime decidedAt, long version) {
        static ProjectView of(Project p) {
            return new ProjectView(p.id, p.applicationId, p.callId, p.studioId, p.regionCode, p.title, p.grade, p.amountRmb,
                    p.approvedOn, p.dueOn, p.status, p.report, p.reportedAt, p.verdictReason, p.acceptedOn, p.decidedAt, p.version);
        }
    }

    public record CompletionReport(@NotBlank @Size(max = 8000) String report) {
    }

    /** {@code ACCEPTED} lifts the studio's bar on new applications; {@code FAILED} sends the report back. */
    public record CompletionVerdict(@NotNull Verdict verdict, @Size(max = 2000) String reason) {
        public enum Verdict { ACCEPTED, FAILED }
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Page<ProjectView>> list(@QueryParam("overdue") @DefaultValue("false") boolean overdue, @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        requireBoolean(uri, "overdue");
        return projects.list(caller, overdue, page).map(p -> new Page<>(p.items().stream().map(ProjectView::of).toList(),
                p.page(), p.size(), p.total()));
    }

    /**
     * JAX-RS reads any text but "true" as false, so {@code ?overdue=maybe} would quietly list every
     * project: only true or false may stand there.
     */
    private static void requireBoolean(UriInfo uri, String name) {
        for (String value : uri.getQueryParameters().getOrDefault(name, List.of())) {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw ProblemException.invalid(name, "cannot read \"" + value + "\" as Boolean");
            }
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<ProjectView> get(@PathParam("id") UUID id) {
        return projects.get(caller, id).map(ProjectView::of);
    }

    @POST
    @Path("{id}/completion-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNION)
    public Uni<ProjectView> report(@PathParam("id") UUID id, @Valid @NotNull CompletionReport request) {
        return projects.report(caller, id, request.report()).map(ProjectView::of);
    }

    @POST
    @Path("{id}/completion-verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNION)
    public Uni<ProjectView> verdict(@PathParam("id") UUID id, @Valid @NotNull CompletionVerdict request) {
        return projects.verdict(caller, id, request.verdict() == CompletionVerdict.Verdict.ACCEPTED, request.reason())
                .map(ProjectView::of);
    }
}
