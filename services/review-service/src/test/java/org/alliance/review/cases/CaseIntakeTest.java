package org.alliance.review.cases;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.alliance.review.support.Applications;
import org.alliance.review.support.Registry;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Through Kafka: the registry's enterprises, supply links and studios reach the replica (newest
 * version wins), and the application service's submissions open review cases, amendments refresh
 * them, withdrawals close them.
 */
@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "review_test"))
class CaseIntakeTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    final TestDatabase db = TestDatabase.ofServiceUnderTest();

    @BeforeAll
    static void topics() {
        Registry.topics();
        Applications.topic();
    }

    @Test
    void theReplicaKeepsTheNewestVersionOfEachRegistryAggregate() {
        UUID enterprise = UUID.randomUUID();
        UUID supplier = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        Registry.enterprise(enterprise, "北京地铁车辆装备有限公司", "110105", 2);
        Registry.enterprise(supplier, "唐山轨道客车配件厂", "130200", 1);
        Registry.supplyLink(link, supplier, enterprise, true, 1);
        await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM supply_link WHERE id = ?", link) == 1);
        // an older state arriving late changes nothing; a removal deactivates the link
        String older = Registry.enterprise(enterprise, "旧名称", "110105", 1);
        Registry.supplyLink(link, supplier, enterprise, false, 2);
        await().atMost(WAIT).until(() -> Boolean.FALSE.equals(db.single("SELECT active FROM supply_link WHERE id = ?", link)));
        awaitApplied("review.registry-replica", older);
        assertEquals("北京地铁车辆装备有限公司", db.single("SELECT name FROM enterprise WHERE id = ?", enterprise));
        assertEquals(2L, db.single("SELECT version FROM enterprise WHERE id = ?", enterprise));
        assertEquals("130200", db.single("SELECT region_code FROM enterprise WHERE id = ?", supplier));
    }

    @Test
    void aSubmittedProjectOpensACaseAtTheUnitUnionWithItsStudiosEnterprise() {
        UUID enterprise = UUID.randomUUID();
        UUID studio = UUID.randomUUID();
        Registry.studio(studio, enterprise, "110105", 3);
        await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM studio WHERE id = ?", studio) == 1);
        assertEquals("2026-06-01", String.valueOf(db.single("SELECT re_review_due FROM studio WHERE id = ?", studio)));

        UUID application = UUID.randomUUID();
        ObjectNode form = Applications.project(application, UUID.randomUUID(), studio, "110105", "地铁车辆转向架智能检测平台");
        Applications.submitted(form);
        Map<String, Object> c = awaitCase(application);
        assertEquals("UNIT", c.get("stage"));
        assertEquals("IN_SIGN_OFF", c.get("status"));
        assertEquals("PROJECT_BOOST", c.get("kind"));
        assertEquals(enterprise, c.get("enterprise_id"));
        assertEquals(studio, c.get("studio_id"));
        assertEquals("110105", c.get("region_code"));
        assertEquals("地铁车辆转向架智能检测平台", c.get("title"));
        assertEquals("北京市地铁运营有限公司", c.get("enterprise_name"));
        assertEquals("54", c.get("industry_division"));
        assertEquals(2026, c.get("call_year"));

        // the same submission again (a replay with a new event id) opens no second case
        awaitApplied("review.application-intake", Applications.submitted(form));
        assertEquals(1L, db.count("SELECT count(*) FROM review_case WHERE application_id = ?", application));
    }

    @Test
    void aCaseOpenedBeforeItsStudioArrivedLearnsTheEnterpriseWhenItDoes() {
        UUID studio = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        ObjectNode form = Applications.project(application, UUID.randomUUID(), studio, "110108", "数控机床热误差补偿");
        ((ObjectNode) form.path("project")).put("industryDivision", "34");
        Applications.submitted(form);
        assertNull(awaitCase(application).get("enterprise_id"));
        UUID enterprise = UUID.randomUUID();
        Registry.studio(studio, enterprise, "110108", 1);
        await().atMost(WAIT).until(() -> enterprise.equals(awaitCase(application).get("enterprise_id")));
        assertEquals("34", awaitCase(application).get("industry_division"));
    }

    @Test
    void aPatentBoostGoesStraightToTheCityUnion() {
        UUID application = UUID.randomUUID();
        Applications.submitted(Applications.patent(application, UUID.randomUUID(), "110102", "一种转向架裂纹视觉检测方法"));
        Map<String, Object> c = awaitCase(application);
        assertEquals("CITY", c.get("stage"));
        assertEquals("PATENT_BOOST", c.get("kind"));
        assertEquals("一种转向架裂纹视觉检测方法", c.get("title"));
        assertNull(c.get("studio_id"));
        assertNull(c.get("enterprise_id"));
    }

    @Test
    void anAmendmentResumesAReturnedCaseAtItsLevelAndAWithdrawalClosesIt() {
        UUID studio = UUID.randomUUID();
        Registry.studio(studio, UUID.randomUUID(), "110105", 1);
        UUID application = UUID.randomUUID();
        ObjectNode form = Applications.project(application, UUID.randomUUID(), studio, "110105", "焊接机器人离线编程");
        Applications.submitted(form);
        UUID id = (UUID) awaitCase(application).get("id");
        // as the district union's return leaves it
        db.update("UPDATE review_case SET stage = 'DISTRICT', status = 'RETURNED' WHERE id = ?", id);
        ((ObjectNode) form.path("project")).put("title", "焊接机器人离线编程（修改稿）");
        Applications.amended(form, 2);
        await().atMost(WAIT).until(() -> "IN_SIGN_OFF".equals(awaitCase(application).get("status")));
        Map<String, Object> c = awaitCase(application);
        assertEquals("DISTRICT", c.get("stage"));
        assertEquals("焊接机器人离线编程（修改稿）", c.get("title"));
        assertEquals(2L, c.get("application_version"));

        Applications.withdrawn(form);
        await().atMost(WAIT).until(() -> "WITHDRAWN".equals(awaitCase(application).get("status")));
        // a late amendment does not reopen a withdrawn case
        awaitApplied("review.application-intake", Applications.amended(form, 3));
        assertEquals("WITHDRAWN", awaitCase(application).get("status"));
    }

    private void awaitApplied(String consumer, String eventId) {
        await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM eventing.inbox_event WHERE consumer = ? AND event_id = ?",
                consumer, eventId) == 1);
    }

    private Map<String, Object> awaitCase(UUID application) {
        return await().atMost(WAIT).until(() -> db.rows("SELECT * FROM review_case WHERE application_id = ?", application),
                rows -> rows.size() == 1).get(0);
    }
}
