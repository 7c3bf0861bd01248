package org.alliance.application.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Random;
import org.alliance.application.support.Calls;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.fuzz.Contract;
import org.alliance.testing.fuzz.ContractFuzzTests;

/** The application service tried from contracts/openapi/application-service.yaml. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class ApplicationContractFuzzTest extends ContractFuzzTests {

    @Override
    protected String service() {
        return "application-service";
    }

    @Override
    protected String database() {
        return "application_test";
    }

    /** A call closes after it opens, in its year, with amounts for its kind: rules the schema cannot say. */
    @Override
    protected JsonNode goodBody(Contract.Operation op, Random random) {
        if (op.path().equals("/api/v1/calls") || op.path().equals("/api/v1/calls/{id}")) {
            return new ObjectMapper().valueToTree(Calls.projectCall(2021, "2021-09-01", "2021-11-15"));
        }
        return super.goodBody(op, random);
    }
}
