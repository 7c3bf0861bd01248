package org.alliance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The official schema of every kind the overlays render, from schemas/k8s (schemas/k8s/README.md):
 * Kubernetes' own "standalone-strict" JSON Schemas for built-in kinds, and the {@code v1}
 * openAPIV3Schema of the Strimzi (0.50.1 and 1.0.1: both, since operators run either) and
 * CloudNativePG 1.30 CRDs, closed with {@code additionalProperties: false} wherever the CRD lists
 * properties and does not ask to keep unknown fields, so that a misspelt field fails as it would
 * under the API server's strict field validation.
 */
final class Schemas {

    static final List<String> STRIMZI = List.of("strimzi-0.50.1", "strimzi-1.0.1");
    private static final Map<String, String> STRIMZI_CRDS = Map.of(
            "Kafka", "040-Crd-kafka.yaml", "KafkaTopic", "043-Crd-kafkatopic.yaml",
            "KafkaUser", "044-Crd-kafkauser.yaml", "KafkaNodePool", "045-Crd-kafkanodepool.yaml");
    private static final Map<String, String> CNPG_CRDS = Map.of(
            "Cluster", "postgresql.cnpg.io_clusters.yaml", "Pooler", "postgresql.cnpg.io_poolers.yaml",
            "ScheduledBackup", "postgresql.cnpg.io_scheduledbackups.yaml");
    private static final String CNPG = "cloudnative-pg-v1.30.0";
    private static final String KUBERNETES = "kubernetes-v1.32.2-standalone-strict";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, JsonSchema> cache = new HashMap<>();

    /** A named schema an object must satisfy. */
    record Named(String source, JsonSchema schema) {
    }

    Schemas(Path root) {
        this.dir = root.resolve("schemas/k8s");
    }

    /** The schemas {@code object} must satisfy; none when its kind has no schema in schemas/k8s. */
    List<Named> of(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        List<Named> schemas = new ArrayList<>();
        if (apiVersion.equals("kafka.strimzi.io/v1") && STRIMZI_CRDS.containsKey(kind)) {
            for (String version : STRIMZI) {
                schemas.add(crd(version + "/" + STRIMZI_CRDS.get(kind)));
            }
        } else if (apiVersion.equals("postgresql.cnpg.io/v1") && CNPG_CRDS.containsKey(kind)) {
            schemas.add(crd(CNPG + "/" + CNPG_CRDS.get(kind)));
        } else if (!apiVersion.contains(".") || apiVersion.contains(".k8s.io/")) {
            String[] parts = apiVersion.split("/");
            String file = parts.length == 1
                    ? kind.toLowerCase(Locale.ROOT) + "-" + parts[0] + ".json"
                    : kind.toLowerCase(Locale.ROOT) + "-" + parts[0].split("\\.")[0] + "-" + parts[1] + ".json";
            if (Files.exists(dir.resolve(KUBERNETES).resolve(file))) {
                schemas.add(builtIn(KUBERNETES + "/" + file));
            }
        }
        return schemas;
    }

    /** Every violation of every schema of {@code object}, each naming the schema it breaks. */
    List<String> violations(JsonNode object) {
        List<Named> schemas = of(object);
        if (schemas.isEmpty()) {
            return List.of(Kustomize.describe(object) + ": no schema for " + object.path("apiVersion").asText()
                    + " " + object.path("kind").asText() + " in schemas/k8s");
        }
        List<String> problems = new ArrayList<>();
        for (Named named : schemas) {
            for (ValidationMessage message : named.schema().validate(object)) {
                problems.add(Kustomize.describe(object) + " (" + named.source() + "): " + message.getMessage());
            }
        }
        return problems;
    }

    private Named builtIn(String file) {
        return new Named(file, cache.computeIfAbsent(file, f -> {
            ObjectNode schema = (ObjectNode) read(dir.resolve(f), json);
            // its meta-schema URI is not one networknt can load; the keywords are draft-07's
            schema.remove("$schema");
            return factory.getSchema(schema);
        }));
    }

    private Named crd(String file) {
        return new Named(file, cache.computeIfAbsent(file, f -> {
            JsonNode crd = read(dir.resolve(f), yaml);
            for (JsonNode version : crd.path("spec").path("versions")) {
                if ("v1".equals(version.path("name").asText())) {
                    ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    close(schema);
                    return factory.getSchema(schema);
                }
            }
            throw new IllegalStateException(f + " serves no version v1");
        }));
    }

    /** additionalProperties: false on every object schema that lists properties and keeps no unknown fields. */
    static void close(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(Schemas::close);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(Schemas::close);
        }
    }

    private static JsonNode read(Path file, ObjectMapper mapper) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
