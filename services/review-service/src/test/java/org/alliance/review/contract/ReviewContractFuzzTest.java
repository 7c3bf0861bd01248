package org.alliance.review.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.fuzz.ContractFuzzTests;

/** The review service tried from contracts/openapi/review-service.yaml. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ReviewContractFuzzTest extends ContractFuzzTests {

    @Override
    protected String service() {
        return "review-service";
    }

    @Override
    protected String database() {
        return "review_test";
    }
}
