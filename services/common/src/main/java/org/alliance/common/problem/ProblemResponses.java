package org.alliance.common.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes each service's OpenAPI document list every status an API operation can answer besides its
 * own, each with the {@code Problem} schema: the refusals every endpoint shares (400, 401, 403, 406,
 * 414, 431, 500; 404 where the path names a resource; 413 with the endpoint's body limit and 415
 * where it takes a body), and the problem body of the statuses its resource declares.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addSchemas(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> complete(path, method, operation, config));
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation, Config config) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("400", "Bad Request: a parameter, header or body field is invalid; errors[].field names it");
        shared.put("401", "Unauthorized: no valid bearer token");
        shared.put("403", "Forbidden: the caller's role or region may not do this");
        if (path.contains("{")) {
            shared.put("404", "Not Found: no such resource, or one outside the caller's region");
        }
        boolean mutation = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        if (mutation && operation.getRequestBody() != null) {
            shared.put("409", "Conflict: the request conflicts with the current state (a duplicate, a state that does not allow it)");
            shared.put("422", "Unprocessable Content: a business rule refuses the request; errors[].field names the field");
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName())).findFirst().ifPresent(p -> {
                shared.put("412", "Precondition Failed: If-Match names a version that is no longer current");
                if (Boolean.TRUE.equals(p.getRequired())) {
                    shared.put("428", "Precondition Required: If-Match is missing");
                }
            });
        }
        shared.put("406", "Not Acceptable: the Accept header excludes application/json");
        if (operation.getRequestBody() != null) {
            shared.put("413", "Content Too Large: the body is longer than " + bodyLimit(path, config) + " bytes");
            shared.put("415", "Unsupported Media Type: the body's Content-Type is missing or not one this endpoint reads");
        }
        shared.put("414", "URI Too Long: the request target is longer than " + size(config, "alliance.http.limits.url", 8192) + " bytes");
        shared.put("431", "Request Header Fields Too Large: the headers are longer than "
                + size(config, "alliance.http.limits.headers", 16384) + " bytes together");
        shared.put("500", "Internal Server Error: an unexpected failure; detail quotes an incident id");
        shared.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null) {
                withProblemBody(response);
            }
        });
    }

    private static void withProblemBody(APIResponse response) {
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
    }

    private static void addSchemas(Components components) {
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("the JSON property path, query or path parameter, or header at fault"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        components.addSchema(SCHEMA, OASFactory.createSchema()
                .description("RFC 9457 problem details")
                .type(List.of(Schema.SchemaType.OBJECT))
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("stable: urn:alliance:problem:<kind>"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError)));
    }

    /** The body limit of {@code path}, as HttpLimits computes it, read from plain configuration. */
    private static long bodyLimit(String path, Config config) {
        String prefix = "alliance.http.limits.body-by-path.";
        String best = null;
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                String endpoint = name.substring(prefix.length()).replace("\"", "");
                if (path.startsWith(endpoint) && (best == null || endpoint.length() > best.length())) {
                    best = endpoint;
                }
            }
        }
        if (best != null) {
            Optional<String> value = config.getOptionalValue(prefix + "\"" + best + "\"", String.class);
            if (value.isPresent()) {
                return bytes(value.get());
            }
        }
        return size(config, "alliance.http.limits.body", 262144);
    }

    private static long size(Config config, String name, long fallback) {
        return config.getOptionalValue(name, String.class).map(ProblemResponses::bytes).orElse(fallback);
    }

    /** "256K" style sizes, as io.quarkus.runtime.configuration.MemorySize reads them. */
    static long bytes(String text) {
        String t = text.trim().toUpperCase();
        long unit = switch (t.charAt(t.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }
}
