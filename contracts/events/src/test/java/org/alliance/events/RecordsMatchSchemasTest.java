package org.alliance.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The payload records are written by hand; this proves each equal to its JSON Schema: one record per
 * schema (and no record without one), every component a property of the schema with a Java type that
 * can hold the property's JSON type, every required property a component, at every depth; and every
 * example of the schema and of its released baseline reads into the record (unknown fields refused)
 * and writes back as the same JSON, valid against the schema.
 */
class RecordsMatchSchemasTest {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path contracts = contracts();
    private final Map<String, Class<?>> records = records();

    @Test
    void everySchemaHasItsRecordAndEveryRecordItsSchema() throws IOException {
        Set<String> schemas = new TreeSet<>();
        try (Stream<Path> files = Files.list(contracts.resolve("schemas"))) {
            files.forEach(f -> schemas.add(f.getFileName().toString().replaceFirst("\\.json$", "")));
        }
        assertEquals(schemas, new TreeSet<>(records.keySet()), "event types with a schema = event types with a record");
        assertTrue(schemas.size() >= 17, "the contracts were found: " + schemas);
    }

    @Test
    void everyRecordHasTheShapeOfItsSchema() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Class<?>> e : records.entrySet()) {
            JsonNode schema = schema("schemas", e.getKey());
            compare(e.getKey(), shape(e.getValue()), schema, schema, mismatches);
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyExampleAndBaselineExampleRoundTripsThroughItsRecord() throws IOException {
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (Map.Entry<String, Class<?>> e : records.entrySet()) {
            JsonNode schema = schema("schemas", e.getKey());
            var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            List<JsonNode> all = new ArrayList<>();
            schema.path("examples").forEach(all::add);
            Path baseline = contracts.resolve("baseline").resolve(e.getKey() + ".json");
            if (Files.exists(baseline)) {
                STRICT.readTree(baseline.toFile()).path("examples").forEach(all::add);
            }
            for (JsonNode example : all) {
                examples++;
                Object read = STRICT.treeToValue(example, e.getValue());
                JsonNode written = STRICT.valueToTree(read);
                Set<ValidationMessage> violations = validator.validate(written);
                if (!violations.isEmpty()) {
                    failures.add(e.getKey() + " writes invalid JSON " + violations);
                }
                if (!sameJson(example, written)) {
                    failures.add(e.getKey() + " example " + example + " came back as " + written);
                }
                String subject = ((EventPayload) read).subject();
                if (subject == null || subject.isBlank()) {
                    failures.add(e.getKey() + " names no subject");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(examples >= records.size(), "every schema has an example");
    }

    /** Numbers compare by value (150000.50 = 150000.5); everything else exactly. */
    private static boolean sameJson(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, b);
    }

    // ---------------------------------------------------------------- shape

    /** A record that stands for its state ({@code @JsonValue}) has the state's shape. */
    private static Type shape(Class<?> record) {
        for (Method m : record.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonValue.class)) {
                return m.getGenericReturnType();
            }
        }
        return record;
    }

    private static void compare(String where, Type javaType, JsonNode node, JsonNode root, List<String> out) {
        node = resolve(node, root);
        Class<?> raw = raw(javaType);
        Set<String> types = jsonTypes(node, root);
        if (node.has("oneOf")) {
            compareVariants(where, raw, node, root, out);
            return;
        }
        if (types.contains("object")) {
            if (!raw.isRecord()) {
                out.add(where + ": object held by " + raw.getSimpleName());
                return;
            }
            compareObject(where, raw, node, root, out);
        } else if (types.contains("array")) {
            if (!List.class.isAssignableFrom(raw)) {
                out.add(where + ": array held by " + raw.getSimpleName());
                return;
            }
            Type item = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            compare(where + "[]", item, node.path("items"), root, out);
        } else {
            Set<String> scalar = new HashSet<>(types);
            boolean nullable = scalar.remove("null");
            if (nullable && raw.isPrimitive()) {
                out.add(where + ": may be null, held by " + raw);
            }
            for (String t : scalar) {
                if (!holds(t, node.path("format").asText(""), raw)) {
                    out.add(where + ": " + t + " " + node.path("format").asText("") + " held by " + raw.getSimpleName());
                }
            }
        }
    }

    private static void compareObject(String where, Class<?> record, JsonNode node, JsonNode root, List<String> out) {
        JsonNode properties = node.path("properties");
        Map<String, RecordComponent> components = new TreeMap<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> components.put(c.getName(), c));
        for (RecordComponent c : components.values()) {
            if (!properties.has(c.getName())) {
                out.add(where + "." + c.getName() + ": a component the schema does not have");
            } else if (!properties.path(c.getName()).has("not")) {
                compare(where + "." + c.getName(), c.getGenericType(), properties.path(c.getName()), root, out);
            }
        }
        node.path("required").forEach(r -> {
            if (!components.containsKey(r.asText())) {
                out.add(where + "." + r.asText() + ": required by the schema, missing from " + record.getSimpleName());
            }
        });
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean required = node.path("required").toString().contains("\"" + name + "\"");
            if (!components.containsKey(name) && !required && !properties.path(name).has("not")) {
                out.add(where + "." + name + ": optional property missing from " + record.getSimpleName());
            }
        }
    }

    /** A oneOf of objects: one record with the union of the variants' properties, each variant's own fields nullable. */
    private static void compareVariants(String where, Class<?> record, JsonNode node, JsonNode root, List<String> out) {
        if (!record.isRecord()) {
            out.add(where + ": oneOf held by " + record.getSimpleName());
            return;
        }
        Set<String> union = new TreeSet<>();
        for (JsonNode variant : node.path("oneOf")) {
            JsonNode v = resolve(variant, root);
            v.path("properties").fieldNames().forEachRemaining(union::add);
            for (RecordComponent c : record.getRecordComponents()) {
                if (v.path("properties").has(c.getName())) {
                    compare(where + "." + c.getName(), c.getGenericType(), v.path("properties").path(c.getName()), root, out);
                }
            }
        }
        Set<String> names = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> names.add(c.getName()));
        assertEquals(union, names, where + ": the components are the variants' properties");
    }

    private static boolean holds(String jsonType, String format, Class<?> raw) {
        return switch (jsonType) {
            case "string" -> switch (format) {
                case "uuid" -> raw == UUID.class;
                case "date-time" -> raw == Instant.class || raw == OffsetDateTime.class;
                case "date" -> raw == LocalDate.class;
                default -> raw == String.class;
            };
            case "integer" -> raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class;
            case "number" -> raw == double.class || raw == Double.class || raw == BigDecimal.class;
            case "boolean" -> raw == boolean.class || raw == Boolean.class;
            default -> false;
        };
    }

    /** The JSON types a property allows: its {@code type}, or the type of its {@code const} or {@code enum}. */
    private static Set<String> jsonTypes(JsonNode node, JsonNode root) {
        Set<String> types = new HashSet<>();
        JsonNode type = node.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (node.has("const")) {
            types.add(typeOf(node.path("const")));
        } else if (node.has("enum")) {
            node.path("enum").forEach(v -> types.add(typeOf(v)));
        }
        return types;
    }

    private static String typeOf(JsonNode value) {
        return value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isIntegralNumber() ? "integer"
                : value.isNumber() ? "number" : value.isNull() ? "null" : "object";
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        while (node.has("$ref")) {
            node = root.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    // ---------------------------------------------------------------- files

    private JsonNode schema(String folder, String type) throws IOException {
        return STRICT.readTree(contracts.resolve(folder).resolve(type + ".json").toFile());
    }

    /** This module's directory, found from its compiled classes ({@code target/classes}). */
    private static Path contracts() {
        return classes().getParent().getParent();
    }

    private static Path classes() {
        try {
            return Path.of(EventPayload.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class of this module annotated with {@link EventType}, by type. */
    private static Map<String, Class<?>> records() {
        Map<String, Class<?>> found = new TreeMap<>();
        Path classes = classes();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> c = Class.forName(name);
                EventType type = c.getAnnotation(EventType.class);
                if (type != null) {
                    assertTrue(c.isRecord() && EventPayload.class.isAssignableFrom(c), c + " is an EventPayload record");
                    Class<?> before = found.put(type.value(), c);
                    assertEquals(null, before, "two records for " + type.value());
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
