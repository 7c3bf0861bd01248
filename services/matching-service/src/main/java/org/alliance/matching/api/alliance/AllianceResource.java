package org.alliance.matching.api.alliance;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.api.alliance.AllianceViews.AllianceView;
import org.alliance.matching.domain.alliance.Alliance;
import org.alliance.matching.domain.alliance.AllianceKind;
import org.alliance.matching.domain.alliance.AllianceService;
import org.alliance.matching.domain.replica.SupplyLink;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Alliances (联盟): coordinators form and run them; a union reads the alliances that have a member
 * studio in its region (any other is a 404 to it).
 */
@Path("/api/v1/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllianceResource {

    // kind and studio are read as text so a malformed value is a 400 naming the parameter
    private static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    Caller caller;

    @Inject
    AllianceService alliances;

    /** Members come from {@code members}, from the accepted match {@code fromMatch}, or both. */
    public record NewAlliance(@NotBlank @Size(max = 200) String name, @NotNull AllianceKind kind,
            @NotBlank @Size(max = 100) String coordinatorName, @Size(max = 5000) String description,
            @Size(max = 500) List<@NotNull UUID> members, UUID fromMatch) {
    }

    /** Exactly one of a studio, or an accepted match whose studios join. */
    public record NewMember(UUID studioId, UUID fromMatch) {
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @WithTransaction
    @Operation(summary = "Form an alliance", description = "Members from members, from the accepted match fromMatch, or both; the kind must fit them (422 naming the field). Publishes alliance.formed.v1.")
    @APIResponse(responseCode = "201", description = "The alliance; Location is its address")
    public Uni<Response> form(@Valid @NotNull NewAlliance r) {
        if ((r.members() == null || r.members().isEmpty()) && r.fromMatch() == null) {
            throw ProblemException.invalid("members", "name the member studios, or an accepted match in fromMatch");
        }
        return alliances.form(new AllianceService.Formation(r.name(), r.kind(), r.coordinatorName(), r.description(),
                r.members(), r.fromMatch()), caller.name())
                .map(s -> Response.created(URI.create("/api/v1/alliances/" + s.alliance().id)).entity(AllianceViews.of(s)).build());
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "List alliances", description = "Newest first, paged; filter by kind or member studio. A union sees the alliances with a member in its region.")
    public Uni<Page<AllianceView>> list(
            @QueryParam("kind") @Pattern(regexp = "CROSS_REGION|SUPPLY_CHAIN|INTRA_ENTERPRISE",
                    message = "must be CROSS_REGION, SUPPLY_CHAIN or INTRA_ENTERPRISE") String kind,
            @QueryParam("studio") @Pattern(regexp = UUID_TEXT, message = "must be a UUID") String studio,
            @Valid @BeanParam PageRequest page) {
        StringBuilder where = new StringBuilder("from Alliance a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", AllianceKind.valueOf(kind));
        }
        if (studio != null) {
            where.append(" and exists (select 1 from AllianceMember m where m.allianceId = a.id and m.studioId = :studio)");
            params.put("studio", UUID.fromString(studio));
        }
        if (caller.isRegionBound()) {
            where.append(" and exists (select 1 from AllianceMember m, Studio s where m.allianceId = a.id"
                    + " and s.id = m.studioId and s.regionCode like :scope)");
            params.put("scope", RegionScope.likePattern(caller.region()));
        }
        var query = Alliance.<Alliance>find(where.toString(), Sort.descending("a.createdAt").and("a.id"), params);
        return Pages.of(query, page).flatMap(found -> AllianceViews.of(found.items()).map(found::withItems));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "One alliance", description = "Members as studio cards. 404 to a union with no member in its region.")
    public Uni<AllianceView> get(@PathParam("id") UUID id) {
        return alliances.load(id, false).map(s -> {
            if (caller.isRegionBound() && s.studios().values().stream().noneMatch(st -> caller.sees(st.regionCode))) {
                throw ProblemException.notFound("alliance", id);
            }
            return AllianceViews.of(s);
        });
    }

    /** An active supply link between two of the alliance's member enterprises: upstream supplies downstream. */
    public record MemberLink(UUID id, UUID upstreamEnterpriseId, UUID downstreamEnterpriseId, String product) {
    }

    @GET
    @Path("{id}/supply-links")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "Supply links among the members' enterprises", description = "The active links (上下游) between the enterprises of the alliance's members, which the console draws between them. 404 to a union with no member in its region.")
    public Uni<List<MemberLink>> supplyLinks(@PathParam("id") UUID id) {
        return get(id).flatMap(view -> {
            Set<UUID> enterprises = view.members().stream().map(AllianceViews.MemberView::enterpriseId)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            if (enterprises.size() < 2) {
                return Uni.createFrom().item(List.<MemberLink>of());
            }
            return SupplyLink.<SupplyLink>list("active = true and upstreamEnterpriseId in ?1 and downstreamEnterpriseId in ?1"
                    + " order by upstreamEnterpriseId, downstreamEnterpriseId, id", enterprises)
                    .map(links -> links.stream().map(l -> new MemberLink(l.id, l.upstreamEnterpriseId, l.downstreamEnterpriseId, l.product)).toList());
        });
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed(Roles.COORDINATOR)
    @WithTransaction
    @Operation(summary = "A studio, or an accepted match's studios, join", description = "Give exactly one of studioId and fromMatch. Revoked studios cannot join; the kind must still fit (422). Publishes alliance.member-added.v1 per joining studio.")
    public Uni<AllianceView> addMember(@PathParam("id") UUID id, @Valid @NotNull NewMember r) {
        if ((r.studioId() == null) == (r.fromMatch() == null)) {
            throw ProblemException.invalid("studioId", "give exactly one of studioId and fromMatch");
        }
        return alliances.add(id, r.studioId(), r.fromMatch(), caller.name()).map(AllianceViews::of);
    }

    @DELETE
    @Path("{id}/members/{studioId}")
    @RolesAllowed(Roles.COORDINATOR)
    @WithTransaction
    @Operation(summary = "A studio leaves", description = "The reason is required. Publishes alliance.member-removed.v1.")
    public Uni<AllianceView> removeMember(@PathParam("id") UUID id, @PathParam("studioId") UUID studioId,
            @QueryParam("reason") @Parameter(required = true) @NotBlank(message = "must say why the studio leaves") @Size(max = 2000) String reason) {
        return alliances.remove(id, studioId, reason, caller.name()).map(AllianceViews::of);
    }
}
