package org.alliance.application.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.alliance.application.support.Calls;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.alliance.testing.fuzz.Contract;
import org.alliance.testing.fuzz.ContractFuzzTests;

/** The application service tried from contracts/openapi/application-service.yaml. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class ApplicationContractFuzzTest extends ContractFuzzTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected String service() {
        return "application-service";
    }

    @Override
    protected String database() {
        return "application_test";
    }

    /** Completion acceptance and closing a call early are the union's alone; everything else an operator may call. */
    @Override
    protected String token(Contract.Operation op) {
        if (op.path().endsWith("/completion-report") || op.path().endsWith("/completion-verdict")
                || op.path().endsWith("/closing")) {
            return TestTokens.union("110000");
        }
        return super.token(op);
    }

    /**
     * A call closes after it opens, in its year, with amounts for its kind; an outcome names either
     * its project or the patent application it boosted, and no keyword twice: rules the schema cannot say.
     */
    @Override
    protected JsonNode goodBody(Contract.Operation op, Random random) {
        if (op.path().equals("/api/v1/calls") || op.path().equals("/api/v1/calls/{id}")) {
            return JSON.valueToTree(Calls.projectCall(2021, "2021-09-01", "2021-11-15"));
        }
        if (op.method().equals("POST") && op.path().equals("/api/v1/outcomes")) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("projectId", UUID.randomUUID().toString());
            outcome.put("kind", "PROCESS");
            outcome.put("title", "装甲钢薄板焊接变形控制工艺");
            outcome.put("summary", "反变形预置与分段退焊，焊后变形降至1毫米以内");
            outcome.put("keywords", List.of("焊接", "变形控制"));
            outcome.put("industrySection", "C");
            outcome.put("industryDivision", "37");
            outcome.put("economicValueRmb", 1_200_000);
            return JSON.valueToTree(outcome);
        }
        return super.goodBody(op, random);
    }

    /** An attachment's bytes must be what its media type says: the contract's first type is PDF. */
    @Override
    protected byte[] goodUpload(Contract.Operation op) {
        return "%PDF-1.7\n专利证书 ZL 2040 1 0000001\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    }
}
