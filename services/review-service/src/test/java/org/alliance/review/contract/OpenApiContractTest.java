package org.alliance.review.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.OpenApiContractTests;

/** contracts/openapi/review-service.yaml is what the running service serves. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class OpenApiContractTest extends OpenApiContractTests {

    @Override
    protected String service() {
        return "review-service";
    }

    @Override
    protected List<String> declaredPaths() {
        return List.of("/api/v1/experts", "/api/v1/experts/{id}");
    }
}
