package org.alliance.application.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.OpenApiContractTests;

/** contracts/openapi/application-service.yaml is what the running service serves. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class OpenApiContractTest extends OpenApiContractTests {

    @Override
    protected String service() {
        return "application-service";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/calls", "/api/v1/calls/{id}");
    }
}
