package org.alliance.matching.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.fuzz.Contract;
import org.alliance.testing.fuzz.ContractFuzzTests;

/** Matching tried from contracts/openapi/matching-service.yaml, each operation with a role allowed to call it. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching_test"))
class MatchingContractFuzzTest extends ContractFuzzTests {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * An alliance names its members (or a match), a member is one studio, a need's industry is a real
     * division and its scope regions go with a NAMED scope: rules the schema cannot say.
     */
    @Override
    protected JsonNode goodBody(Contract.Operation op, Random random) {
        if (op.method().equals("POST") && op.path().equals("/api/v1/alliances")) {
            return JSON.valueToTree(Map.of("name", "装备制造跨区域创新联盟" + random.nextInt(1000), "kind", "CROSS_REGION",
                    "coordinatorName", "王丽", "members", List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString())));
        }
        if (op.method().equals("POST") && op.path().equals("/api/v1/needs")) {
            return JSON.valueToTree(Map.of("title", "薄板焊接变形控制", "description", "装甲钢薄板焊接后变形超差，需要工艺改进",
                    "industryCode", "37", "regionCode", "420100", "urgency", "LOW"));
        }
        if (op.path().equals("/api/v1/alliances/{id}/members")) {
            return JSON.valueToTree(Map.of("studioId", UUID.randomUUID().toString()));
        }
        return super.goodBody(op, random);
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
