package org.alliance.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/** Values a schema accepts, drawn from a seeded random source. */
final class Values {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> WORDS = List.of("焊接", "机器人", "数控", "工艺改进", "锅炉防磨", "新能源", "检测", "workshop", "创新");

    private final Contract contract;
    private final Random random;

    Values(Contract contract, Random random) {
        this.contract = contract;
        this.random = random;
    }

    /** A value of {@code schema}; optional object properties are each included at random. */
    JsonNode of(JsonNode schema, int depth) {
        JsonNode s = contract.resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        String type = type(s);
        switch (type) {
            case "integer": {
                long min = s.has("minimum") ? s.get("minimum").asLong() : 0;
                long max = s.has("maximum") ? s.get("maximum").asLong() : Math.max(min + 50, 50);
                return JSON.numberNode(min + (long) (random.nextDouble() * (Math.min(max, min + 1000) - min)));
            }
            case "number": {
                double min = s.has("minimum") ? s.get("minimum").asDouble() : 0;
                double max = s.has("maximum") ? s.get("maximum").asDouble() : min + 100;
                return JSON.numberNode(Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0);
            }
            case "boolean":
                return JSON.booleanNode(random.nextBoolean());
            case "array": {
                ArrayNode array = JSON.arrayNode();
                int n = depth > 3 ? 0 : random.nextInt(Math.min(3, s.path("maxItems").asInt(3)) + 1);
                n = Math.max(n, s.path("minItems").asInt(0));
                for (int i = 0; i < n; i++) {
                    array.add(of(s.path("items"), depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = JSON.objectNode();
                List<String> required = required(s);
                s.path("properties").fields().forEachRemaining(p -> {
                    if (required.contains(p.getKey()) || (depth < 3 && random.nextBoolean())) {
                        object.set(p.getKey(), of(p.getValue(), depth + 1));
                    }
                });
                return object;
            }
            default:
                return JSON.textNode(string(s));
        }
    }

    String string(JsonNode schema) {
        JsonNode s = contract.resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(random.nextInt(s.get("enum").size())).asText();
        }
        String format = s.path("format").asText("");
        switch (format) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)).toString();
            case "date-time":
                return "2024-05-01T08:30:00Z";
            case "int32":
            case "int64":
                return String.valueOf(random.nextInt(100));
            default:
                break;
        }
        int max = s.path("maxLength").asInt(40);
        int min = s.path("minLength").asInt(1);
        String pattern = s.path("pattern").asText(null);
        if (pattern != null && !pattern.equals("\\S")) {
            for (int attempt = 0; attempt < 20; attempt++) {
                String candidate = Regexes.sample(pattern, random);
                if (candidate.length() <= max && candidate.length() >= min && Pattern.compile(pattern).matcher(candidate).find()) {
                    return candidate;
                }
            }
            throw new IllegalStateException("cannot generate a string for the pattern " + pattern);
        }
        StringBuilder text = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
        while (text.length() < min) {
            text.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.length() > max ? text.substring(0, max) : text.toString();
    }

    static String type(JsonNode s) {
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return s.has("properties") ? "object" : "string";
    }

    static List<String> required(JsonNode s) {
        List<String> names = new java.util.ArrayList<>();
        s.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }
}
