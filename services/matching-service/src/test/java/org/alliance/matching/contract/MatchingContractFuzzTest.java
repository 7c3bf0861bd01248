package org.alliance.matching.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.fuzz.Contract;
import org.alliance.testing.fuzz.ContractFuzzTests;

/** Matching tried from contracts/openapi/matching-service.yaml, each operation with a role allowed to call it. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class MatchingContractFuzzTest extends ContractFuzzTests {

    @Override
    protected String service() {
        return "matching-service";
    }

    @Override
    protected String database() {
        return "matching_test";
    }

    @Override
    protected String token(Contract.Operation op) {
        if (op.path().startsWith("/api/v1/replica")) {
            return TestTokens.operator();
        }
        if (op.method().equals("POST") && op.path().endsWith("/adoptions")) {
            return TestTokens.union("340000");
        }
        return TestTokens.coordinator();
    }

    @Override
    protected String goodParameter(Contract.Operation op, Contract.Parameter p) {
        return switch (p.name()) {
            case "region" -> "340000";
            case "industry" -> "C";
            case "kind" -> "CROSS_REGION";
            case "status" -> "PROPOSED";
            default -> null;
        };
    }

    /** A rebuild runs on after its 202 and rewrites the replica under the tests that follow: asked for by its own tests only. */
    @Override
    protected int validRequests(Contract.Operation op) {
        return op.path().equals("/api/v1/replica/rebuild") ? 0 : super.validRequests(op);
    }
}
