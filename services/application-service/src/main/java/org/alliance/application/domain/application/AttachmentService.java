package org.alliance.application.domain.application;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.common.problem.Refusal;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents filed with an application: PDF, PNG or JPEG, up to a configured size, and only when the
 * bytes are what the declared type says (a renamed executable is not a PDF). Stored with their SHA-256
 * so the review side can prove which document it read.
 */
@ApplicationScoped
public class AttachmentService {

    /** Accepted media types and the bytes each file of that type starts with. */
    public static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    @Inject
    ApplicationService applications;

    @Inject
    Clock clock;

    @ConfigProperty(name = "alliance.application.attachment-max-bytes", defaultValue = "10485760")
    int maxBytes;

    @WithTransaction
    public Uni<Attachment> upload(Caller caller, UUID applicationId, String fileName, String mediaType, byte[] content) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("body", "the file is empty");
        }
        if (content.length > maxBytes) {
            throw new ProblemException(413, "too-large", "Payload Too Large", "body: the file has " + content.length
                    + " bytes, at most " + maxBytes + " are accepted", List.of(new org.alliance.common.problem.Problem.FieldError("body",
                            "at most " + maxBytes + " bytes")));
        }
        if (!startsWith(content, SIGNATURES.get(mediaType))) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type", "Content-Type: the file is not "
                    + mediaType, List.of(new org.alliance.common.problem.Problem.FieldError("Content-Type", "the content is not " + mediaType)));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw ProblemException.invalid("fileName", "must be given, at most 200 characters");
        }
        return applications.mine(caller, applicationId).flatMap(a -> {
            if (a.status != Application.Status.DRAFT && a.status != Application.Status.RETURNED) {
                throw Refusal.conflict("application-not-editable", "status", "application "
                        + a.id + " is " + a.status + "; documents are filed with a draft or an amendment");
            }
            Attachment file = new Attachment();
            file.id = UUID.randomUUID();
            file.applicationId = a.id;
            file.fileName = fileName;
            file.mediaType = mediaType;
            file.sizeBytes = content.length;
            file.sha256 = sha256(content);
            file.content = content;
            file.uploadedBy = caller.name();
            file.uploadedAt = OffsetDateTime.now(clock);
            return file.<Attachment>persist();
        });
    }

    /** What the list shows of a file: everything but its bytes. */
    public record FileInfo(UUID id, String fileName, String mediaType, int sizeBytes, String sha256, String uploadedBy,
            OffsetDateTime uploadedAt) {
        public static FileInfo of(Attachment a) {
            return new FileInfo(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
        }
    }

    @WithSession
    public Uni<List<FileInfo>> list(Caller caller, UUID applicationId) {
        return applications.get(caller, applicationId).flatMap(a -> SessionSql.rows("SELECT id, file_name, media_type, size_bytes,"
                + " sha256, uploaded_by, uploaded_at FROM attachment WHERE application_id = $1 ORDER BY uploaded_at, id", a.id))
                .map(rows -> rows.stream().map(r -> new FileInfo((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                        (String) r[4], (String) r[5], timestamp(r[6]))).toList());
    }

    private static OffsetDateTime timestamp(Object value) {
        return value instanceof OffsetDateTime t ? t : ((java.time.LocalDateTime) value).atOffset(java.time.ZoneOffset.UTC);
    }

    @WithSession
    public Uni<Attachment> get(Caller caller, UUID applicationId, UUID attachmentId) {
        return applications.get(caller, applicationId).flatMap(a -> Attachment.<Attachment>findById(attachmentId)).map(file -> {
            if (file == null || !file.applicationId.equals(applicationId)) {
                throw ProblemException.notFound("attachment", attachmentId);
            }
            return file;
        });
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (signature == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
