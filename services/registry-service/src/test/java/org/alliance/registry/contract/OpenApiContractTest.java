package org.alliance.registry.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.OpenApiContractTests;

/** contracts/openapi/registry-service.yaml is what the running service serves. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class OpenApiContractTest extends OpenApiContractTests {

    @Override
    protected String service() {
        return "registry-service";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/enterprises", "/api/v1/enterprises/{id}", "/api/v1/enterprises/{id}/supply-links",
                "/api/v1/supply-links", "/api/v1/supply-links/{id}", "/api/v1/studios", "/api/v1/studios/{id}",
                "/api/v1/studios/{id}/accreditations", "/api/v1/studios/{id}/revocation", "/api/v1/studios/due-for-re-review");
    }
}
