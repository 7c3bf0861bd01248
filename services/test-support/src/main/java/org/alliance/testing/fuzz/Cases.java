package org.alliance.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Generates, for one operation of a contract, requests that break it in each way a client can
 * (every parameter, header and body field, at every depth, and the request as a whole) and
 * requests that keep to it.
 */
final class Cases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Percent-encoded texts no parameter accepts: NUL, a control character, invalid UTF-8, an encoded surrogate. */
    private static final List<String> BAD_URL_TEXT = List.of("%00", "%01", "%C3%28", "%ED%A0%80", "%FF");

    /** Written into JSON as the escape \\ud800 (a JSON writer would refuse the character itself). */
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";

    private final Contract contract;
    private final Random random;
    private final Values values;
    private final BiFunction<Contract.Operation, Random, JsonNode> goodBody;
    private final BiFunction<Contract.Operation, Contract.Parameter, String> goodParameter;
    private final java.util.function.Function<Contract.Operation, byte[]> goodUpload;

    Cases(Contract contract, Random random, BiFunction<Contract.Operation, Random, JsonNode> goodBody,
            BiFunction<Contract.Operation, Contract.Parameter, String> goodParameter,
            java.util.function.Function<Contract.Operation, byte[]> goodUpload) {
        this.goodUpload = goodUpload;
        this.contract = contract;
        this.random = random;
        this.values = new Values(contract, random);
        this.goodBody = goodBody;
        this.goodParameter = goodParameter;
    }

    /** A request that keeps to the contract: every required parameter, some optional ones, a valid body. */
    FuzzCase valid(Contract.Operation op) {
        FuzzCase c = base("valid", op, true);
        c.valid = true;
        return c;
    }

    /** A request to {@code op}'s path with a method the path does not declare. */
    FuzzCase withMethod(Contract.Operation op, String method) {
        FuzzCase declared = base("method " + method + " is not declared", op, false);
        FuzzCase c = new FuzzCase(declared.description, op, method);
        c.pathValues.putAll(declared.pathValues);
        c.headers.addAll(declared.headers);
        return c;
    }

    List<FuzzCase> violations(Contract.Operation op, long bodyLimit) {
        List<FuzzCase> cases = new ArrayList<>();
        for (Contract.Parameter p : op.parameters()) {
            switch (p.in()) {
                case "query" -> queryViolations(op, p, cases);
                case "path" -> {
                    for (String bad : BAD_URL_TEXT) {
                        FuzzCase c = base("path parameter " + p.name() + " holds " + bad, op, false);
                        c.pathValues.put(p.name(), "a" + bad + "b");
                        cases.add(c.expect(p.name(), 400));
                    }
                }
                case "header" -> {
                    FuzzCase c = base("header " + p.name() + " is not UTF-8", op, false);
                    c.headers.removeIf(h -> new String(h, StandardCharsets.ISO_8859_1).startsWith(p.name() + ":"));
                    cases.add(c.header(p.name(), new byte[] {'"', (byte) 0xC3, '(', '"'}).expect(p.name(), 400));
                    if (p.required()) {
                        FuzzCase missing = base("required header " + p.name() + " missing", op, false);
                        missing.headers.removeIf(h -> new String(h, StandardCharsets.ISO_8859_1).startsWith(p.name() + ":"));
                        cases.add(missing.expect(p.name(), 400, 428));
                    }
                }
                default -> {
                }
            }
        }
        if (op.takesJson()) {
            bodyViolations(op, cases);
        } else if (op.bodyMediaType() != null && op.bodyMediaType().startsWith("multipart/")) {
            FuzzCase truncated = base("multipart body without its closing boundary", op, false);
            truncated.contentType = "multipart/form-data; boundary=XyZ";
            truncated.body = ("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nname,region\r\n").getBytes(StandardCharsets.UTF_8);
            cases.add(truncated.expect(null, 400));
        }
        if (op.bodyMediaType() != null) {
            FuzzCase noType = base("body without Content-Type", op, false);
            noType.sendContentType = false;
            if (noType.body == null || noType.body.length == 0) {
                noType.body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            cases.add(noType.expect("Content-Type", 415));
            FuzzCase wrongType = base("body as application/x-unknown", op, false);
            wrongType.contentType = "application/x-unknown";
            cases.add(wrongType.expect("Content-Type", 415));
            FuzzCase tooLarge = base("body declared one byte over the limit of " + bodyLimit, op, false);
            tooLarge.declaredLength = bodyLimit + 1;
            tooLarge.body = null;
            cases.add(tooLarge.expect("body", 413));
        }
        cases.add(base("Accept: application/xml only", op, false).header("Accept", "application/xml").expect("Accept", 406));
        FuzzCase longUrl = base("request target over 8 KiB", op, false);
        longUrl.query.add("padding=" + "a".repeat(9000));
        cases.add(longUrl.expect("url", 414));
        cases.add(base("headers over 16 KiB", op, false).header("X-Padding", "p".repeat(17000)).expect("X-Padding", 431));
        cases.add(base("a header that is not UTF-8", op, false).header("X-Note", new byte[] {'a', (byte) 0xC3, '(', 'b'})
                .expect("X-Note", 400));
        return cases;
    }

    private void queryViolations(Contract.Operation op, Contract.Parameter p, List<FuzzCase> cases) {
        for (String bad : BAD_URL_TEXT) {
            FuzzCase c = base("query " + p.name() + " holds " + bad, op, false);
            setQuery(c, p.name(), "a" + bad);
            cases.add(c.expect(p.name(), 400));
        }
        JsonNode s = p.schema();
        String type = Values.type(s);
        List<String> wrong = new ArrayList<>();
        if ("integer".equals(type)) {
            wrong.addAll(List.of("abc", "1.5", "99999999999999999999"));
            if (s.has("minimum")) {
                wrong.add(String.valueOf(s.get("minimum").asLong() - 1));
            }
            if (s.has("maximum")) {
                wrong.add(String.valueOf(s.get("maximum").asLong() + 1));
            }
        } else if ("number".equals(type)) {
            wrong.add("abc");
        } else if ("boolean".equals(type)) {
            wrong.add("maybe");
        } else if (s.has("enum")) {
            wrong.add("NOT_ONE_OF_THEM");
        } else if ("uuid".equals(s.path("format").asText())) {
            wrong.add("not-a-uuid");
        } else if ("date".equals(s.path("format").asText())) {
            wrong.add("2024-13-45");
        } else if (s.has("pattern") && !"\\S".equals(s.get("pattern").asText())) {
            wrong.add("%21%21");
        } else if (s.has("maxLength")) {
            wrong.add("x".repeat(s.get("maxLength").asInt() + 1));
        }
        for (String w : wrong) {
            FuzzCase c = base("query " + p.name() + "=" + w, op, false);
            setQuery(c, p.name(), w);
            cases.add(c.expect(p.name(), 400));
        }
        if (p.required()) {
            FuzzCase c = base("required query " + p.name() + " missing", op, false);
            c.query.removeIf(q -> q.startsWith(p.name() + "="));
            cases.add(c.expect(p.name(), 400));
        }
    }

    private void bodyViolations(Contract.Operation op, List<FuzzCase> cases) {
        for (String top : List.of("[]", "\"text\"", "42", "true", "[" + "[".repeat(3000) + "]".repeat(3001))) {
            FuzzCase c = base("body is " + (top.length() > 10 ? "an array nested 3,000 deep" : top), op, false);
            c.body = top.getBytes(StandardCharsets.UTF_8);
            cases.add(c.expect("body", 400));
        }
        FuzzCase cut = base("body is cut short", op, false);
        cut.body = "{\"a\": ".getBytes(StandardCharsets.UTF_8);
        cases.add(cut.expect(null, 400));
        JsonNode good = goodBody.apply(op, random);
        if (good instanceof ObjectNode object) {
            FuzzCase unknown = base("body has an unknown field", op, false);
            ObjectNode extra = object.deepCopy();
            extra.put("notInTheContract", 1);
            unknown.body = bytes(extra);
            cases.add(unknown.expect("notInTheContract", 400));
            fieldViolations(op, object, op.bodySchema(), "", cases, 0);
        }
    }

    /** Each property of {@code schema} in {@code good}, broken in every way its schema allows, at every depth. */
    private void fieldViolations(Contract.Operation op, ObjectNode root, JsonNode schema, String prefix, List<FuzzCase> cases, int depth) {
        JsonNode s = contract.resolve(schema);
        List<String> required = Values.required(s);
        s.path("properties").fields().forEachRemaining(property -> {
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonNode ps = contract.resolve(property.getValue());
            String type = Values.type(ps);
            List<JsonNode> bad = new ArrayList<>();
            List<String> names = new ArrayList<>();
            switch (type) {
                case "string" -> {
                    add(bad, names, NODES.objectNode().put("a", 1), "an object");
                    add(bad, names, NODES.arrayNode().add("x"), "an array");
                    add(bad, names, NODES.numberNode(12), "a number");
                    add(bad, names, NODES.booleanNode(true), "a boolean");
                    add(bad, names, NODES.textNode("a\u0000b"), "text with NUL");
                    add(bad, names, NODES.textNode("a\u0001b"), "text with U+0001");
                    add(bad, names, NODES.textNode("a" + LONE_SURROGATE + "b"), "text with an unpaired surrogate");
                    if (ps.has("maxLength")) {
                        add(bad, names, NODES.textNode("长".repeat(ps.get("maxLength").asInt() + 1)), "text over maxLength");
                    }
                    if (ps.has("enum")) {
                        add(bad, names, NODES.textNode("NOT_ONE_OF_THEM"), "not one of the enum");
                    } else if ("uuid".equals(ps.path("format").asText())) {
                        add(bad, names, NODES.textNode("not-a-uuid"), "not a UUID");
                    } else if ("date".equals(ps.path("format").asText())) {
                        add(bad, names, NODES.textNode("2024-13-45"), "not a date");
                    } else if (ps.has("pattern") && !"\\S".equals(ps.get("pattern").asText())) {
                        add(bad, names, NODES.textNode("!!"), "not matching the pattern");
                    }
                }
                case "integer", "number" -> {
                    add(bad, names, NODES.textNode("12"), "a string");
                    add(bad, names, NODES.objectNode(), "an object");
                    add(bad, names, NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), "a number out of range");
                    if ("integer".equals(type)) {
                        add(bad, names, NODES.numberNode(1.5), "a fraction");
                    }
                    if (ps.has("minimum")) {
                        add(bad, names, NODES.numberNode(ps.get("minimum").asLong() - 1), "below its minimum");
                    }
                    if (ps.has("maximum")) {
                        add(bad, names, NODES.numberNode(ps.get("maximum").asLong() + 1), "above its maximum");
                    }
                }
                case "boolean" -> {
                    add(bad, names, NODES.textNode("true"), "a string");
                    add(bad, names, NODES.numberNode(1), "a number");
                }
                case "array" -> {
                    add(bad, names, NODES.objectNode(), "an object");
                    add(bad, names, NODES.textNode("x"), "a string");
                    if (ps.has("maxItems") && ps.get("maxItems").asInt() < 1000) {
                        var many = NODES.arrayNode();
                        JsonNode item = values.of(ps.path("items"), 3);
                        for (int i = 0; i <= ps.get("maxItems").asInt(); i++) {
                            many.add(item);
                        }
                        add(bad, names, many, "more items than maxItems");
                    }
                    add(bad, names, NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())), "items of the wrong shape");
                }
                case "object" -> {
                    add(bad, names, NODES.textNode("x"), "a string");
                    add(bad, names, NODES.arrayNode(), "an array");
                }
                default -> {
                }
            }
            for (int i = 0; i < bad.size(); i++) {
                FuzzCase c = base(path + " is " + names.get(i), op, false);
                ObjectNode body = root.deepCopy();
                set(body, path, bad.get(i));
                c.body = bytes(body);
                cases.add(c.expect(path, 400));
            }
            if (required.contains(property.getKey())) {
                FuzzCase c = base("required " + path + " missing", op, false);
                ObjectNode body = root.deepCopy();
                remove(body, path);
                c.body = bytes(body);
                cases.add(c.expect(path, 400));
            }
            if ("object".equals(type) && depth < 2) {
                ObjectNode withChild = root.deepCopy();
                if (!(at(withChild, path) instanceof ObjectNode)) {
                    set(withChild, path, values.of(ps, depth + 1));
                }
                if (at(withChild, path) instanceof ObjectNode) {
                    fieldViolations(op, withChild, ps, path, cases, depth + 1);
                }
            }
        });
    }

    private static void add(List<JsonNode> bad, List<String> names, JsonNode value, String name) {
        bad.add(value);
        names.add(name);
    }

    private static JsonNode at(ObjectNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]) instanceof ObjectNode child ? child : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    private static void remove(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.path(parts[i]);
        }
        if (node instanceof ObjectNode object) {
            object.remove(parts[parts.length - 1]);
        }
    }

    /** A request with every required parameter and, for a valid one, some optional ones; a good body. */
    private FuzzCase base(String description, Contract.Operation op, boolean includeOptional) {
        FuzzCase c = new FuzzCase(description, op);
        for (Contract.Parameter p : op.parameters()) {
            boolean include = p.required() || (includeOptional && random.nextBoolean());
            if (!include) {
                continue;
            }
            String value = goodParameter.apply(op, p);
            if (value == null) {
                value = values.string(p.schema());
                if ("integer".equals(Values.type(p.schema())) || "number".equals(Values.type(p.schema()))) {
                    value = values.of(p.schema(), 0).asText();
                } else if ("boolean".equals(Values.type(p.schema()))) {
                    value = String.valueOf(random.nextBoolean());
                }
            }
            switch (p.in()) {
                case "path" -> c.pathValues.put(p.name(), encode(value));
                case "query" -> c.query.add(p.name() + "=" + encode(value));
                case "header" -> c.header(p.name(), value);
                default -> {
                }
            }
        }
        if (op.bodyMediaType() != null) {
            c.contentType = op.bodyMediaType();
            if (op.takesJson()) {
                c.body = bytes(goodBody.apply(op, random));
            } else if (op.bodyMediaType().startsWith("multipart/")) {
                c.contentType = "multipart/form-data; boundary=XyZ";
                java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
                form.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                form.writeBytes(goodUpload.apply(op));
                form.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
                c.body = form.toByteArray();
            } else {
                c.body = goodUpload.apply(op);
            }
        }
        return c;
    }

    private static void setQuery(FuzzCase c, String name, String encodedValue) {
        c.query.removeIf(q -> q.startsWith(name + "="));
        c.query.add(name + "=" + encodedValue);
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xFF);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || "-._~".indexOf(ch) >= 0) {
                out.append(ch);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace(LONE_SURROGATE, "\\ud800").getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
