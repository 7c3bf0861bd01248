package org.alliance.review.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.fuzz.Contract;
import org.alliance.testing.fuzz.ContractFuzzTests;

/** The review service tried from contracts/openapi/review-service.yaml. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class ReviewContractFuzzTest extends ContractFuzzTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected String service() {
        return "review-service";
    }

    private static final UUID EXPERT = UUID.fromString("0d6f3c4e-2b1a-4c5d-9e8f-7a6b5c4d3e2f");

    @Override
    protected String database() {
        return "review_test";
    }

    /**
     * Experts score a re-accreditation case, the union covering it decides, a union at its level signs
     * off: the identities those calls need.
     */
    @Override
    protected String token(Contract.Operation op) {
        if (op.path().endsWith("/reaccreditations/{id}/scores")) {
            return TestTokens.reviewer(UUID.nameUUIDFromBytes("fuzz-expert".getBytes()));
        }
        if (op.path().endsWith("/reaccreditations/{id}/decision")) {
            return TestTokens.union("150000");
        }
        // Hebei's city union opens its accreditation rounds, nominates and closes them (Beijing's and Tianjin's are the
        // flow tests'): a valid request is a 201, a 409 for a year it opened already, or a 404 for a round of none
        if (op.path().startsWith("/api/v1/accreditation-rounds") && op.method().equals("POST") && !op.path().endsWith("/scores")) {
            return TestTokens.union("130000", "CITY");
        }
        // a union signs off at its level; the city union closes a call's review
        if (op.path().endsWith("/sign-offs") || op.path().endsWith("/selection") && op.method().equals("POST")) {
            return TestTokens.union("110000", "CITY");
        }
        // an expert's own expert-review operations: a reviewer naming an expert of no case (a valid request is a 404)
        if (op.path().equals("/api/v1/expert-reviews") || op.method().equals("POST")
                && (op.path().endsWith("/scores") || op.path().endsWith("/scores/corrections") || op.path().endsWith("/assignment/decline"))) {
            return TestTokens.reviewer(EXPERT);
        }
        return super.token(op);
    }

    /**
     * Rules the schema cannot say: an opening's period ends after it starts; a return or a rejection
     * says why, so a good sign-off always carries a reason.
     */
    @Override
    protected JsonNode goodBody(Contract.Operation op, Random random) {
        if (op.path().equals("/api/v1/reaccreditations/openings")) {
            return JSON.valueToTree(Map.of("dueFrom", "2026-01-01", "dueTo", "2026-12-31"));
        }
        JsonNode body = super.goodBody(op, random);
        if (op.path().endsWith("/sign-offs") && body instanceof ObjectNode sign) {
            sign.put("reason", "请补充企业立项批复文件");
        }
        return body;
    }
}
