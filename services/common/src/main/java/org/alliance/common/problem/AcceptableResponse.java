package org.alliance.common.problem;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 406 naming {@code Accept} when a request accepts none of the media types its endpoint
 * produces. The runtime checks this only while choosing between methods of one path, so an
 * endpoint chosen by its {@code Content-Type} alone (a multipart upload) would otherwise run and
 * answer JSON to a client that said it cannot read it.
 */
public class AcceptableResponse {

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getResourceClass().getAnnotation(Produces.class);
        if (produces == null) {
            return Optional.empty();
        }
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        for (String value : produces.value()) {
            for (String type : value.split(",")) {
                MediaType produced = MediaType.valueOf(type.trim());
                if (accepted.stream().anyMatch(a -> a.isCompatible(produced))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(ProblemMappers.named(406, request.getUriInfo(), "Accept",
                "this endpoint answers " + String.join(", ", produces.value())));
    }
}
