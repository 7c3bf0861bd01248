package org.alliance.common.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A query parameter JAX-RS cannot convert ({@code ?page=abc}, a malformed UUID or enum constant)
 * is answered with 404 by the specification, as if the path did not exist. This answers 400
 * problem+json naming the parameter instead. The runtime's exception does not say which parameter
 * failed, so the matched method's parameters are converted again: when a path parameter fails the
 * 404 stands (the path names no resource); otherwise the first query parameter that fails (the
 * method's own, then those of its {@code @BeanParam} beans) is named.
 */
public class QueryParameterProblems {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Optional<Problem.FieldError> unconvertible = e.getCause() == null || method == null ? Optional.empty()
                : firstUnconvertible(method, uri);
        return unconvertible
                .map(error -> ProblemMappers.respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                        error.field() + ": " + error.message(), ProblemMappers.path(uri), List.of(error))))
                .orElseGet(() -> ProblemMappers.status(404, uri));
    }

    private static Optional<Problem.FieldError> firstUnconvertible(Method method, UriInfo uri) {
        for (Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            List<String> values = path == null ? null : uri.getPathParameters().get(path.value());
            if (values != null && ParameterValues.firstFailure(parameter.getParameterizedType(), values).isPresent()) {
                // the path names no resource, whatever the query says
                return Optional.empty();
            }
        }
        for (Parameter parameter : method.getParameters()) {
            Optional<Problem.FieldError> error = check(parameter, parameter.getParameterizedType(), uri);
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    /** A query parameter itself, or the query parameters of a bean parameter's fields. */
    private static Optional<Problem.FieldError> check(AnnotatedElement element, Type type, UriInfo uri) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            List<String> values = uri.getQueryParameters().get(query.value());
            return values == null ? Optional.empty() : ParameterValues.firstFailure(type, values)
                    .map(message -> new Problem.FieldError(query.value(), message));
        }
        if (element.isAnnotationPresent(BeanParam.class) && type instanceof Class<?> bean) {
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Optional<Problem.FieldError> error = check(field, field.getGenericType(), uri);
                    if (error.isPresent()) {
                        return error;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
