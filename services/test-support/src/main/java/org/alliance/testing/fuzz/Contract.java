package org.alliance.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of a committed OpenAPI document, with their parameters and body schemas resolved. */
public final class Contract {

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public record Operation(String method, String path, List<Parameter> parameters, String bodyMediaType,
            JsonNode bodySchema, boolean bodyRequired, Set<String> statuses) {

        public String id() {
            return method + " " + path;
        }

        public boolean takesJson() {
            return "application/json".equals(bodyMediaType);
        }
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private Contract(JsonNode document) {
        this.document = document;
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && path.getKey().startsWith("/api/")) {
                operations.add(operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
    }

    public static Contract read(Path file) throws IOException {
        return new Contract(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file, StandardCharsets.UTF_8)));
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The methods a path declares. */
    public Set<String> methods(String path) {
        Set<String> methods = new java.util.TreeSet<>();
        document.path("paths").path(path).fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                methods.add(m.toUpperCase());
            }
        });
        return methods;
    }

    /** {@code schema} with a {@code $ref} followed (repeatedly), never null. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : schema;
        for (int hops = 0; s.has("$ref") && hops < 10; hops++) {
            String ref = s.get("$ref").asText();
            s = document.at(ref.substring(1));
        }
        return s;
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(false),
                    resolve(p.path("schema"))));
        }
        String mediaType = null;
        JsonNode bodySchema = null;
        JsonNode content = op.path("requestBody").path("content");
        Iterator<Map.Entry<String, JsonNode>> types = content.fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> type = types.next();
            if (mediaType == null || "application/json".equals(type.getKey())) {
                mediaType = type.getKey();
                bodySchema = resolve(type.getValue().path("schema"));
            }
        }
        Set<String> statuses = new java.util.TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(statuses::add);
        return new Operation(method, path, parameters, mediaType, bodySchema, op.path("requestBody").path("required").asBoolean(false),
                statuses);
    }
}
