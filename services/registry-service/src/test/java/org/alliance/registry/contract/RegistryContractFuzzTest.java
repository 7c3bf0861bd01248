package org.alliance.registry.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.alliance.registry.Db;
import org.alliance.registry.Fixtures;
import org.alliance.registry.domain.roster.RosterColumn;
import org.alliance.registry.roster.Rosters;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.fuzz.Contract;
import org.alliance.testing.fuzz.ContractFuzzTests;

/** The registry tried from contracts/openapi/registry-service.yaml; the bodies and values its rules need beyond the schema. */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry_test"))
class RegistryContractFuzzTest extends ContractFuzzTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = "340100";
    private String upstream;
    private String downstream;

    @Override
    protected String service() {
        return "registry-service";
    }

    @Override
    protected String database() {
        return Db.DATABASE;
    }

    @Override
    protected long bodyLimit(String path) {
        return path.startsWith("/api/v1/imports") ? 24L * 1024 * 1024 : super.bodyLimit(path);
    }

    @Override
    protected JsonNode goodBody(Contract.Operation op, Random random) {
        String path = op.path();
        if (path.startsWith("/api/v1/enterprises")) {
            return JSON.valueToTree(Fixtures.enterprise("模糊测试企业" + random.nextInt(1_000_000), REGION, "C", "37"));
        }
        if (path.equals("/api/v1/supply-links")) {
            return JSON.valueToTree(Map.of("upstreamEnterpriseId", upstream(), "downstreamEnterpriseId", downstream(),
                    "product", "装甲钢板"));
        }
        if (path.equals("/api/v1/studios") || path.equals("/api/v1/studios/{id}")) {
            ObjectNode studio = JSON.valueToTree(Fixtures.studio(upstream(), "模糊测试工作室" + random.nextInt(1_000_000), "MUNICIPAL",
                    "薄板焊接变形控制", List.of("焊接")));
            if (op.method().equals("PUT")) {
                studio.remove("enterpriseId");
            }
            return studio;
        }
        if (path.endsWith("/accreditations")) {
            return JSON.valueToTree(Map.of("tier", "MUNICIPAL", "accreditedBy", REGION, "accreditedOn", "2023-05-01"));
        }
        if (path.endsWith("/revocation")) {
            return JSON.valueToTree(Map.of("reason", "复评未通过"));
        }
        return super.goodBody(op, random);
    }

    @Override
    protected String goodParameter(Contract.Operation op, Contract.Parameter p) {
        return switch (p.name()) {
            case "If-Match" -> "\"1\"";
            case "region" -> "340000";
            case "industry" -> "C";
            case "text" -> "焊接";
            case "from" -> "2024-01-01";
            case "to" -> "2030-12-31";
            case "enterpriseId" -> upstream();
            case "code" -> op.path().startsWith("/api/v1/regions") ? "340000" : "C";
            case "Content-Disposition" -> "attachment; filename=\"roster.csv\"";
            case "ownership" -> "STATE_OWNED";
            case "direction" -> "both";
            case "depth" -> "2";
            case "level" -> "PROVINCE";
            case "parent" -> "340000";
            case "format" -> "csv";
            case "tier" -> "MUNICIPAL";
            case "status" -> "ACCREDITED";
            case "fileName" -> "roster.csv";
            default -> null;
        };
    }

    @Override
    protected byte[] goodUpload(Contract.Operation op) {
        Map<RosterColumn, String> row = new java.util.EnumMap<>(RosterColumn.class);
        row.put(RosterColumn.STUDIO_NAME, "模糊测试名册工作室");
        row.put(RosterColumn.ENTERPRISE_NAME, "模糊测试名册企业");
        row.put(RosterColumn.CREDIT_CODE, Fixtures.uscc(REGION));
        row.put(RosterColumn.OWNERSHIP, "国有企业");
        row.put(RosterColumn.INDUSTRY, "37");
        row.put(RosterColumn.REGION, REGION);
        row.put(RosterColumn.TIER, "市级");
        row.put(RosterColumn.LEADER, "卢仁峰");
        row.put(RosterColumn.TEAM_SIZE, "30");
        row.put(RosterColumn.SUMMARY, "薄板焊接变形控制");
        row.put(RosterColumn.CONTACT_PERSON, "王丽");
        return Rosters.csv(List.of(row), false);
    }

    private String upstream() {
        if (upstream == null) {
            upstream = Fixtures.createEnterprise(REGION, "模糊测试上游企业");
        }
        return upstream;
    }

    private String downstream() {
        if (downstream == null) {
            downstream = Fixtures.createEnterprise(REGION, "模糊测试下游企业");
        }
        return downstream;
    }
}
