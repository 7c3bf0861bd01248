package org.alliance.application.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliance.application.domain.application.PatentNumber;

/** Application forms for tests, valid for their call unless a test changes a field. */
public final class Applications {

    private static final AtomicInteger SERIAL = new AtomicInteger(100000 + (int) (ProcessHandle.current().pid() % 800000));

    private Applications() {
    }

    /** A fresh, valid invention patent number granted in {@code year}'s application series. */
    public static String inventionPatent(int year) {
        String digits = year + "1" + String.format("%07d", SERIAL.incrementAndGet());
        return "ZL" + digits + "." + PatentNumber.checkDigitOf(digits);
    }

    public static String memberCard() {
        return "6217" + String.format("%015d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000_000L));
    }

    public static Map<String, Object> patent(String callId, int callYear) {
        Map<String, Object> patent = new HashMap<>();
        patent.put("number", inventionPatent(callYear - 2));
        patent.put("title", "一种薄板焊接变形控制装置");
        patent.put("grantedOn", (callYear - 1) + "-06-18");
        patent.put("inventorName", "张建国");
        patent.put("memberCard", memberCard());
        patent.put("frontline", true);
        patent.put("useInProduction", "用于车体薄板焊接生产线，焊接变形返修率下降六成。");
        Map<String, Object> form = new HashMap<>();
        form.put("callId", callId);
        form.put("regionCode", "110105");
        form.put("enterpriseName", "北京汽车集团有限公司");
        form.put("patent", patent);
        return form;
    }

    public static Map<String, Object> project(String callId, int callYear, UUID studioId) {
        Map<String, Object> project = new HashMap<>();
        project.put("title", "地铁车辆转向架智能检测平台");
        project.put("technicalContent", "以机器视觉和振动分析检测转向架关键部件裂纹与松动。");
        project.put("problemSolved", "人工检测漏检率高、耗时长。");
        project.put("skillsTraining", "培养掌握视觉检测技术的检修骨干二十名。");
        project.put("industrySection", "G");
        project.put("industryDivision", "54");
        project.put("approvedOn", callYear + "-03-10");
        project.put("startupFundsPaid", true);
        project.put("plannedCompletion", (callYear + 1) + "-12-31");
        Map<String, Object> form = new HashMap<>();
        form.put("callId", callId);
        form.put("studioId", studioId.toString());
        form.put("enterpriseName", "北京市地铁运营有限公司");
        form.put("project", project);
        return form;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> form, String name) {
        return (Map<String, Object>) form.get(name);
    }

    public static String draft(String token, Map<String, Object> form) {
        return given().auth().oauth2(token).contentType("application/json").body(form)
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse submit(String token, String id) {
        return given().auth().oauth2(token).when().post("/api/v1/applications/" + id + "/submission").then();
    }
}
