package org.alliance.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.contract.EventOperations;
import org.alliance.testing.AllianceTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * contracts/events/asyncapi.yaml says what is true of this service: each of its send and receive
 * operations not marked x-planned lists exactly the event types its code records and its handlers apply.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class EventOperationsTest {

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Test
    void theOperationsOfTheServiceAreWhatItsCodeRecordsAndHandles() {
        assertEquals(List.of(), EventOperations.mismatches(service, Path.of("target", "classes"), handlers));
    }
}
