package org.alliance.registry.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.alliance.eventing.contract.EventSchemas;
import org.alliance.eventing.contract.InvalidEventException;
import org.junit.jupiter.api.Test;

/** The registry's event schemas: each has Chinese examples that validate, and each rejects what it must. */
class RegistryEventSchemasTest {

    private static final List<String> TYPES = List.of("enterprise.registered.v1", "enterprise.updated.v1", "enterprise.registered.v2", "enterprise.updated.v2",
            "supply-link.created.v1", "supply-link.removed.v1", "studio.registered.v1", "studio.updated.v1",
            "studio.accredited.v1", "studio.revoked.v1");

    private final EventSchemas schemas = EventSchemas.classpath();

    @Test
    void everyExampleValidatesAndIsInChinese() {
        for (String type : TYPES) {
            EventSchemas.EventSchema schema = schemas.forType(type);
            assertFalse(schema.examples().isEmpty(), type + " has no examples");
            for (JsonNode example : schema.examples()) {
                assertEquals(List.of(), schema.violations(example), type);
                assertTrue(example.toString().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        type + " example has no Chinese");
            }
        }
    }

    @Test
    void typeSpecificRulesHold() {
        ObjectNode registered = (ObjectNode) schemas.forType("studio.registered.v1").examples().get(0).deepCopy();
        registered.put("status", "ACCREDITED");
        assertFalse(schemas.forType("studio.registered.v1").violations(registered).isEmpty());

        ObjectNode revoked = (ObjectNode) schemas.forType("studio.revoked.v1").examples().get(0).deepCopy();
        revoked.remove("revocation");
        assertFalse(schemas.forType("studio.revoked.v1").violations(revoked).isEmpty());

        ObjectNode removed = (ObjectNode) schemas.forType("supply-link.removed.v1").examples().get(0).deepCopy();
        removed.put("active", true);
        assertFalse(schemas.forType("supply-link.removed.v1").violations(removed).isEmpty());

        ObjectNode enterprise = (ObjectNode) schemas.forType("enterprise.updated.v1").examples().get(0).deepCopy();
        enterprise.put("unifiedSocialCreditCode", "91150200114411182I");
        enterprise.put("extra", 1);
        assertEquals(2, schemas.forType("enterprise.updated.v1").violations(enterprise).size());
        assertThrows(InvalidEventException.class, () -> schemas.forType("enterprise.updated.v1").requireValid(enterprise));
    }
}
