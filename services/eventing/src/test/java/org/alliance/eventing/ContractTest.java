package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document and the event schemas are valid, complete and agree with each other. */
class ContractTest {

    /** The topics agreed with the team, their owners and whether they carry entity state. */
    private static final Map<String, String> OWNERS = new TreeMap<>(Map.ofEntries(
            Map.entry("alliance.registry.enterprise", "registry-service"),
            Map.entry("alliance.registry.supply-link", "registry-service"),
            Map.entry("alliance.registry.studio", "registry-service"),
            Map.entry("alliance.application.outcome", "application-service"),
            Map.entry("alliance.application.application", "application-service"),
            Map.entry("alliance.application.project", "application-service"),
            Map.entry("alliance.application.call", "application-service"),
            Map.entry("alliance.review.decision", "review-service"),
            Map.entry("alliance.review.reaccreditation", "review-service"),
            Map.entry("alliance.review.accreditation", "review-service"),
            Map.entry("alliance.review.case", "review-service"),
            Map.entry("alliance.matching.match", "matching-service"),
            Map.entry("alliance.matching.alliance", "matching-service"),
            Map.entry("alliance.matching.outcome", "matching-service")));

    @Test
    void asyncApiDocumentIsValidAsyncApi300() {
        assertEquals(List.of(), Contracts.asyncApiSchema().violations(Contracts.asyncApi()));
    }

    @Test
    void asyncApiNamesEveryAgreedTopicWithItsOwnerKeyAndMessages() {
        JsonNode channels = Contracts.asyncApi().path("channels");
        Map<String, String> owners = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = channels.fields(); it.hasNext(); ) {
            JsonNode channel = it.next().getValue();
            String address = channel.path("address").asText();
            if (address.startsWith("alliance.")) {
                owners.put(address, channel.path("x-owner").asText());
                assertFalse(channel.path("x-key").asText().isBlank(), address + " names its key");
                assertTrue(channel.path("messages").size() > 0, address + " lists its messages");
                boolean compacted = channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText().equals("compact");
                assertEquals(address.startsWith("alliance.registry."), compacted, address + " is compacted exactly when it carries entity state");
            }
        }
        assertEquals(OWNERS, owners);
    }

    @Test
    void everyMessageNamesItsTypeAndPointsAtThatTypesSchema() {
        JsonNode messages = Contracts.asyncApi().at("/components/messages");
        for (Iterator<Map.Entry<String, JsonNode>> it = messages.fields(); it.hasNext(); ) {
            JsonNode message = it.next().getValue();
            String type = message.path("name").asText();
            if (type.equals("dead-letter")) {
                continue;
            }
            assertEquals("schemas/" + type + ".json", message.at("/payload/$ref").asText(), type);
            assertEquals("org.alliance." + type, message.path("title").asText(), type);
            assertEquals("string", message.at("/bindings/kafka/key/type").asText(), type + " is keyed by the aggregate id");
        }
    }

    /**
     * Fails while a schema named in asyncapi.yaml is still missing from contracts/events/schemas: the
     * registry and matching schemas are written by their services' engineers.
     */
    @Test
    void everySchemaReferencedByAsyncApiExists() {
        List<String> missing = new ArrayList<>();
        for (String type : referencedTypes()) {
            if (!Files.exists(Contracts.schemas().resolve(type + ".json"))) {
                missing.add(type + ".json");
            }
        }
        assertEquals(List.of(), missing, "schemas named in asyncapi.yaml but missing from contracts/events/schemas");
    }

    @Test
    void everySchemaHasExamplesAndEveryExampleValidates() {
        List<String> problems = new ArrayList<>();
        for (String type : Contracts.schemaTypes(Contracts.schemas())) {
            JsonNode schema = Contracts.read(Contracts.schemas().resolve(type + ".json"), Contracts.JSON);
            if (!schema.path("examples").isArray() || schema.path("examples").isEmpty()) {
                problems.add(type + ": no examples");
                continue;
            }
            Contracts.Validator validator = Contracts.validator(schema);
            int i = 0;
            for (JsonNode example : schema.path("examples")) {
                int index = i;
                validator.violations(example).forEach(v -> problems.add(type + " example #" + index + ": " + v));
                i++;
            }
            if (!schema.path("title").asText().equals(type)) {
                problems.add(type + ": title should be the type name");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySchemaFileIsNamedInAsyncApi() {
        TreeSet<String> unnamed = new TreeSet<>(Contracts.schemaTypes(Contracts.schemas()));
        unnamed.removeAll(referencedTypes());
        assertEquals(new TreeSet<>(), unnamed, "schema files no channel carries");
    }

    private static TreeSet<String> referencedTypes() {
        TreeSet<String> types = new TreeSet<>();
        Contracts.asyncApi().at("/components/messages").forEach(m -> {
            String ref = m.at("/payload/$ref").asText();
            if (ref.startsWith("schemas/")) {
                types.add(ref.substring("schemas/".length(), ref.length() - ".json".length()));
            }
        });
        return types;
    }
}
