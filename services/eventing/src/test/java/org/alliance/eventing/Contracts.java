package org.alliance.eventing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.alliance.testing.ProjectRoot;

/** The committed contracts and the official specification schemas (schemas/), read from disk. */
final class Contracts {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Contracts() {
    }

    static Path events() {
        return ProjectRoot.find().resolve("contracts/events");
    }

    static Path schemas() {
        return events().resolve("schemas");
    }

    static Path baselines() {
        return events().resolve("baseline");
    }

    static Path specifications() {
        return ProjectRoot.find().resolve("schemas");
    }

    static JsonNode asyncApi() {
        return read(events().resolve("asyncapi.yaml"), YAML);
    }

    /** The event types that have a schema file, e.g. outcome.published.v1. */
    static List<String> schemaTypes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file, ObjectMapper mapper) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Validator validator(JsonNode schema) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schema)).getSchema(schema, config);
        return new Validator(compiled);
    }

    static Validator cloudEventsSchema() {
        return validator(read(specifications().resolve("cloudevents-1.0.json"), JSON));
    }

    static Validator asyncApiSchema() {
        return validator(read(specifications().resolve("asyncapi-3.0.0.json"), JSON));
    }

    record Validator(JsonSchema schema) {
        List<String> violations(JsonNode node) {
            return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
    }
}
