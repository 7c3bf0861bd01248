package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every released schema (a copy in contracts/events/baseline) is still honoured by the schema of the
 * same name in contracts/events/schemas, so a change that would break a consumer fails the build.
 */
class SchemaCompatibilityTest {

    private static final String OUTCOME = "outcome.published.v1";

    @Test
    void everyReleasedSchemaIsStillHonoured() {
        List<String> problems = new ArrayList<>();
        for (String type : Contracts.schemaTypes(Contracts.baselines())) {
            if (!Files.exists(Contracts.schemas().resolve(type + ".json"))) {
                problems.add(type + ": released, but its schema was deleted");
                continue;
            }
            problems.addAll(SchemaCompatibility.breakingChanges(type, baseline(type), current(type)));
        }
        assertEquals(List.of(), problems);
    }

    /** A schema is released with its first merge: without a baseline, nothing would hold it to its consumers. */
    @Test
    void everySchemaHasABaseline() {
        List<String> unreleased = new ArrayList<>(Contracts.schemaTypes(Contracts.schemas()));
        unreleased.removeAll(Contracts.schemaTypes(Contracts.baselines()));
        assertEquals(List.of(), unreleased, "copy these to contracts/events/baseline/");
    }

    @Test
    void addingAnOptionalFieldIsCompatible() {
        ObjectNode changed = current(OUTCOME).deepCopy();
        ((ObjectNode) changed.path("properties")).putObject("patentNumber").put("type", "string");
        assertEquals(List.of(), SchemaCompatibility.breakingChanges(OUTCOME, baseline(OUTCOME), changed));
    }

    @Test
    void aNewRequiredFieldIsCaught() {
        ObjectNode changed = current(OUTCOME).deepCopy();
        ((ObjectNode) changed.path("properties")).putObject("patentNumber").put("type", "string");
        ((ArrayNode) changed.path("required")).add("patentNumber");
        List<String> problems = SchemaCompatibility.breakingChanges(OUTCOME, baseline(OUTCOME), changed);
        assertTrue(problems.stream().anyMatch(p -> p.contains("new required field $.patentNumber")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("released example #0 no longer validates")), problems.toString());
    }

    @Test
    void removingRetypingOrReEnumeratingAFieldIsCaught() {
        ObjectNode removed = current(OUTCOME).deepCopy();
        ((ObjectNode) removed.path("properties")).remove("economicValueRmb");
        assertFalse(SchemaCompatibility.breakingChanges(OUTCOME, baseline(OUTCOME), removed).isEmpty());

        ObjectNode retyped = current(OUTCOME).deepCopy();
        ((ObjectNode) retyped.at("/properties/regionCode")).put("type", "integer");
        assertFalse(SchemaCompatibility.breakingChanges(OUTCOME, baseline(OUTCOME), retyped).isEmpty());

        ObjectNode widened = current(OUTCOME).deepCopy();
        ((ArrayNode) widened.at("/properties/kind/enum")).add("SOFTWARE");
        assertFalse(SchemaCompatibility.breakingChanges(OUTCOME, baseline(OUTCOME), widened).isEmpty());

        ObjectNode nested = current(OUTCOME).deepCopy();
        ((ArrayNode) nested.at("/properties/industry/required")).add("group");
        assertTrue(SchemaCompatibility.breakingChanges(OUTCOME, baseline(OUTCOME), nested).stream()
                .anyMatch(p -> p.contains("$.industry.group")));
    }

    @Test
    void aNewFieldWhereTheReleasedSchemaForbidsExtrasIsCaught() {
        ObjectNode strict = current(OUTCOME).deepCopy();
        strict.put("additionalProperties", false);
        ObjectNode grown = strict.deepCopy();
        ((ObjectNode) grown.path("properties")).putObject("patentNumber").put("type", "string");
        assertTrue(SchemaCompatibility.breakingChanges(OUTCOME, strict, grown).stream()
                .anyMatch(p -> p.contains("forbids additional properties")));
    }

    private static JsonNode baseline(String type) {
        return Contracts.read(Contracts.baselines().resolve(type + ".json"), Contracts.JSON);
    }

    private static JsonNode current(String type) {
        return Contracts.read(Contracts.schemas().resolve(type + ".json"), Contracts.JSON);
    }
}
