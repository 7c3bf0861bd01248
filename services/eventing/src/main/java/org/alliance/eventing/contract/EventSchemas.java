package org.alliance.eventing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON Schemas of the event types, read from {@code contracts/events/schemas/<type>.json} on the
 * classpath (the library jar carries the contracts; tests may add their own). Producers validate
 * before recording, consumers before handling, so neither side ever sees an event that breaks the
 * contract.
 */
public final class EventSchemas {

    public static final String LOCATION = "contracts/events/schemas/";
    /** The dataschema of a type whose schema declares no {@code $id}. */
    public static final String DEFAULT_ID_PREFIX = "urn:alliance:events:schema:";
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*\\.v[0-9]+");
    private static final EventSchemas CLASSPATH = new EventSchemas(EventSchemas.class.getClassLoader());

    private final ClassLoader loader;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, EventSchema> cache = new ConcurrentHashMap<>();

    public EventSchemas(ClassLoader loader) {
        this.loader = loader;
    }

    /** The schemas on the classpath of this library (and of the application it runs in). */
    public static EventSchemas classpath() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context == null || context == EventSchemas.class.getClassLoader() ? CLASSPATH : new EventSchemas(context);
    }

    /** The schema of {@code type}, e.g. {@code outcome.published.v1}; fails for an unknown type. */
    public EventSchema forType(String type) {
        EventSchema known = cache.get(type);
        if (known != null) {
            return known;
        }
        EventSchema loaded = load(type);
        cache.putIfAbsent(type, loaded);
        return loaded;
    }

    private EventSchema load(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new UnknownEventTypeException(type, "is not a versioned event type like studio.registered.v1");
        }
        try (InputStream in = loader.getResourceAsStream(LOCATION + type + ".json")) {
            if (in == null) {
                throw new UnknownEventTypeException(type, "has no schema at " + LOCATION + type + ".json");
            }
            return EventSchema.of(type, json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema of " + type, e);
        }
    }

    /** One event type's contract: its validator, its dataschema URI and its examples. */
    public record EventSchema(String type, URI dataschema, JsonSchema validator, List<JsonNode> examples) {

        static EventSchema of(String type, JsonNode schema) {
            SpecVersion.VersionFlag version = schema.has("$schema")
                    ? SpecVersionDetector.detect(schema) : SpecVersion.VersionFlag.V7;
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema validator = JsonSchemaFactory.getInstance(version).getSchema(schema, config);
            validator.initializeValidators();
            String id = schema.path("$id").asText("");
            URI dataschema = URI.create(id.isBlank() ? DEFAULT_ID_PREFIX + type : id);
            List<JsonNode> examples = new ArrayList<>();
            schema.path("examples").forEach(examples::add);
            return new EventSchema(type, dataschema, validator, List.copyOf(examples));
        }

        /** The violations of {@code data}, each as "path: message"; empty when it conforms. */
        public List<String> violations(JsonNode data) {
            Set<ValidationMessage> messages = validator.validate(data);
            return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        }

        public void requireValid(JsonNode data) {
            List<String> violations = violations(data);
            if (!violations.isEmpty()) {
                throw new InvalidEventException(type, violations);
            }
        }
    }
}
