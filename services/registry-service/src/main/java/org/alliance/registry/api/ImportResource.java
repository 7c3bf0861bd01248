package org.alliance.registry.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.domain.roster.ImportJob;
import org.alliance.registry.domain.roster.ImportWorker;
import org.alliance.registry.domain.roster.RosterFile;
import org.alliance.registry.domain.roster.RosterReader;
import org.alliance.registry.domain.roster.RosterTemplate;
import org.alliance.registry.repository.ImportJobs;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bulk roster import: a union uploads its region's roster (XLSX, or CSV in UTF-8) and gets 202 with
 * the job; the rows are imported off the request thread, and the job shows their progress and every
 * invalid row. Operators import for any region; a union only for its own.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportJobs jobs;

    @Inject
    ImportWorker worker;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Blocking
    @Operation(summary = "Upload a roster as the form field `file`", description = "Answers 202 with the job and its Location.")
    public Uni<Response> uploadForm(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "a multipart field named file is required");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return submit(file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName(), content);
    }

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Blocking
    @Operation(summary = "Upload a roster as the request body", description = "The file name comes from `fileName` or the Content-Disposition header.")
    public Uni<Response> uploadBody(byte[] content, @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Disposition") String disposition) {
        String name = fileName != null && !fileName.isBlank() ? fileName : ContentDisposition.fileName(disposition);
        return submit(name == null ? "upload" : name, content == null ? new byte[0] : content);
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "The caller's imports, newest first (a union sees its region's)", description = "The count of jobs"
            + " stops 1,000 rows past the page: totalExact says whether total is exact or a lower bound.")
    public Uni<Page<ImportView>> list(@Valid @BeanParam PageRequest page) {
        return jobs.list(scope(), page).map(p -> p.map(job -> ImportView.of(job, null)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "An import's progress and, per invalid row, the column and reason")
    public Uni<ImportView> get(@PathParam("id") UUID id) {
        return jobs.find(id).flatMap(found -> {
            ImportJob job = found.filter(j -> visible(j)).orElseThrow(() -> ProblemException.notFound("import", id));
            return jobs.invalidRows(id).map(invalid -> ImportView.of(job, invalid));
        });
    }

    @GET
    @Path("template")
    @Produces({XLSX, "text/csv"})
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "The empty roster template, format=xlsx (default) or csv")
    public Response template(@QueryParam("format") @DefaultValue("xlsx") String format) {
        boolean csv = switch (format) {
            case "xlsx" -> false;
            case "csv" -> true;
            default -> throw ProblemException.invalid("format", "must be xlsx or csv");
        };
        String name = "工作室名单模板." + format;
        return Response.ok(csv ? RosterTemplate.csv() : RosterTemplate.xlsx(), csv ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"roster-template." + format + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private Uni<Response> submit(String fileName, byte[] content) {
        RosterFile file = RosterReader.read(fileName, content);
        String region = caller.isRegionBound() ? caller.region() : null;
        // the very same file still being imported: answer with that job rather than race it
        return jobs.unfinishedWithFile(file.sha256(), region)
                .flatMap(running -> running.isPresent() ? Uni.createFrom().item(running.get())
                        : jobs.create(caller.name(), region, file, file.duplicateRows()))
                .map(job -> {
                    worker.wake();
                    return Response.accepted(ImportView.of(job, java.util.List.of()))
                            .location(URI.create("/api/v1/imports/" + job.id())).build();
                });
    }

    private String scope() {
        return caller.isRegionBound() ? caller.region() : null;
    }

    /** A union sees the imports of the unions its region covers; another region's job is a 404. */
    private boolean visible(ImportJob job) {
        return !caller.isRegionBound() || (job.ownerRegion() != null && caller.sees(job.ownerRegion()));
    }
}
