package org.alliance.matching.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.OpenApiContractTests;

/** contracts/openapi/matching-service.yaml is what the running service serves. */
@QuarkusTest
// the same resources as MatchingFlowTest, so both run in one application start
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_flow_test"))
class OpenApiContractTest extends OpenApiContractTests {

    @Override
    protected String service() {
        return "matching-service";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/needs", "/api/v1/needs/{id}", "/api/v1/needs/{id}/matches", "/api/v1/replica",
                "/api/v1/replica/rebuild");
    }
}
