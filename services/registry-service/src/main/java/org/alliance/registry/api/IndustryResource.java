package org.alliance.registry.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.repository.ReferenceCatalog;
import org.alliance.registry.repository.ReferenceCatalog.Snapshot;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** GB/T 4754-2017 sections (门类) and divisions (大类), and the focus-industry (高精尖) overlay on them. */
@Path("/api/v1/industries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
public class IndustryResource {

    public record DivisionView(String code, String name, String sectionCode, String standardVersion,
            List<String> focusIndustries) {
    }

    public record SectionView(String code, String name, String standardVersion, List<DivisionView> divisions) {
    }

    public record OverlaidDivision(String code, String name, String sectionCode, String rationale) {
    }

    public record FocusView(String code, String name, String standardVersion, List<OverlaidDivision> divisions) {
    }

    @Inject
    ReferenceCatalog catalog;

    @GET
    @Operation(summary = "All 20 sections, each with its divisions")
    public Uni<List<SectionView>> sections() {
        return catalog.snapshot().map(s -> s.sections().keySet().stream().map(code -> section(s, code)).toList());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A section (one letter, with its divisions) or a division (two digits)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {SectionView.class, DivisionView.class})))
    public Uni<Object> one(@PathParam("code") String code) {
        return catalog.snapshot().map(s -> {
            if (s.sections().containsKey(code)) {
                return section(s, code);
            }
            return s.division(code).map(d -> (Object) division(s, d))
                    .orElseThrow(() -> ProblemException.notFound("industry", code));
        });
    }

    @GET
    @Path("focus")
    @Operation(summary = "The ten focus industries (高精尖) and the divisions each overlays")
    public Uni<List<FocusView>> focus() {
        return catalog.snapshot().map(s -> s.focus().values().stream().map(f -> focus(s, f)).toList());
    }

    @GET
    @Path("focus/{code}")
    @Operation(summary = "One focus industry by its code, e.g. SMART_EQUIPMENT")
    public Uni<FocusView> focusOne(@PathParam("code") String code) {
        return catalog.snapshot().map(s -> s.focus(code).map(f -> focus(s, f))
                .orElseThrow(() -> ProblemException.notFound("focus industry", code)));
    }

    private static SectionView section(Snapshot s, String code) {
        ReferenceCatalog.Section section = s.sections().get(code);
        return new SectionView(section.code(), section.name(), section.standardVersion(),
                section.divisions().stream().map(d -> division(s, d)).toList());
    }

    private static DivisionView division(Snapshot s, ReferenceCatalog.Division d) {
        return new DivisionView(d.code(), d.name(), d.sectionCode(), d.standardVersion(), s.focusOf(d.code()));
    }

    private static FocusView focus(Snapshot s, ReferenceCatalog.Focus f) {
        return new FocusView(f.code(), f.name(), f.standardVersion(), f.divisions().stream()
                .map(l -> {
                    ReferenceCatalog.Division d = s.divisions().get(l.divisionCode());
                    return new OverlaidDivision(d.code(), d.name(), d.sectionCode(), l.rationale());
                }).toList());
    }
}
