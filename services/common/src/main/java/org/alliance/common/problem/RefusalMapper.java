package org.alliance.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused rule as RFC 9457 problem+json: besides the field it names, the extension member
 * {@code rule} carries the rule's stable code (e.g. {@code studio-has-unaccepted-project},
 * {@code case-at-other-level}).
 */
public class RefusalMapper {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RuleProblem(String type, String title, int status, String detail, String instance, String rule,
            List<Problem.FieldError> errors) {
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        String title = e.status() == 409 ? "Conflict" : "Business rule violated";
        RuleProblem body = new RuleProblem(Problem.type(e.status() == 409 ? "conflict" : "rule-violated"), title, e.status(),
                e.field() + ": " + e.getMessage(), "/" + uri.getPath().replaceFirst("^/", ""), e.rule(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
