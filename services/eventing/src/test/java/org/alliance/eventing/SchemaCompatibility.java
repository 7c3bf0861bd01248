package org.alliance.eventing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a schema may replace the released (baseline) schema of the same versioned type without
 * breaking anyone: consumers validate incoming events against the schema they were built with, and
 * replay old events from compacted topics against the newest one. So within a version: old examples
 * must pass the new schema, new examples the old one; no required field may be added or dropped; no
 * field may disappear or change type; no enum may change; no field may appear where the released
 * schema forbids additional properties. Anything else needs a new version.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    static List<String> breakingChanges(String type, JsonNode baseline, JsonNode current) {
        List<String> problems = new ArrayList<>();
        Contracts.Validator now = Contracts.validator(current);
        Contracts.Validator before = Contracts.validator(baseline);
        int i = 0;
        for (JsonNode example : baseline.path("examples")) {
            for (String v : now.violations(example)) {
                problems.add(type + ": released example #" + i + " no longer validates: " + v);
            }
            i++;
        }
        i = 0;
        for (JsonNode example : current.path("examples")) {
            for (String v : before.violations(example)) {
                problems.add(type + ": example #" + i + " would be rejected by consumers of the released schema: " + v);
            }
            i++;
        }
        compare(type, "$", baseline, current, problems);
        return problems;
    }

    private static void compare(String type, String path, JsonNode before, JsonNode now, List<String> problems) {
        Set<String> requiredBefore = strings(before.path("required"));
        Set<String> requiredNow = strings(now.path("required"));
        for (String added : difference(requiredNow, requiredBefore)) {
            problems.add(type + ": new required field " + path + "." + added + " (add it as optional, or publish a new version)");
        }
        for (String dropped : difference(requiredBefore, requiredNow)) {
            problems.add(type + ": field " + path + "." + dropped + " is no longer required; consumers rely on it");
        }
        if (!before.path("type").equals(now.path("type")) && !before.path("type").isMissingNode()) {
            problems.add(type + ": " + path + " changed type from " + before.path("type") + " to " + now.path("type"));
        }
        if (!before.path("enum").equals(now.path("enum")) && !before.path("enum").isMissingNode()) {
            problems.add(type + ": " + path + " changed its enum from " + before.path("enum") + " to " + now.path("enum"));
        }
        if (!before.path("format").equals(now.path("format")) && !before.path("format").isMissingNode()) {
            problems.add(type + ": " + path + " changed its format from " + before.path("format") + " to " + now.path("format"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = before.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode counterpart = now.path("properties").path(property.getKey());
            if (counterpart.isMissingNode()) {
                problems.add(type + ": field " + path + "." + property.getKey() + " was removed");
            } else {
                compare(type, path + "." + property.getKey(), property.getValue(), counterpart, problems);
            }
        }
        if (!before.path("additionalProperties").asBoolean(true)) {
            for (Iterator<String> it = now.path("properties").fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!before.path("properties").has(name)) {
                    problems.add(type + ": new field " + path + "." + name
                            + " where the released schema forbids additional properties; consumers would reject it");
                }
            }
        }
        if (before.has("items") && now.has("items")) {
            compare(type, path + "[]", before.path("items"), now.path("items"), problems);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
