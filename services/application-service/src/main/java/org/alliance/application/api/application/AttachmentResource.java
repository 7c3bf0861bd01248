package org.alliance.application.api.application;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.alliance.application.domain.application.AttachmentService;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/**
 * Documents of an application. The body is the file itself with its media type (PDF, PNG, JPEG; any
 * other answers 415), the name in {@code fileName}.
 */
@Path("/api/v1/applications/{id}/attachments")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @Inject
    Caller caller;

    @POST
    @Consumes({"application/pdf", "image/png", "image/jpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<Response> upload(@PathParam("id") UUID id, @QueryParam("fileName") @NotBlank @Size(max = 200) String fileName,
            @HeaderParam("Content-Type") MediaType type, byte[] content) {
        String mediaType = type.getType() + "/" + type.getSubtype();
        return attachments.upload(caller, id, fileName, mediaType, content).map(a -> Response
                .created(URI.create("/api/v1/applications/" + id + "/attachments/" + a.id))
                .entity(AttachmentService.FileInfo.of(a)).build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<List<AttachmentService.FileInfo>> list(@PathParam("id") UUID id) {
        return attachments.list(caller, id);
    }

    @GET
    @Path("{attachmentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Response> download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return attachments.get(caller, id, attachmentId).map(a -> Response.ok(a.content, a.mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(a.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(a.sha256)))
                .build());
    }
}
