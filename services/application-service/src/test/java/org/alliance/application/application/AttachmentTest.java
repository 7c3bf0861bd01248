package org.alliance.application.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.alliance.application.support.Applications;
import org.alliance.application.support.Calls;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "application_test"))
class AttachmentTest {

    static final String BEIJING = TestTokens.union("110000");

    @Test
    void aPdfIsKeptWithItsHashListedAndReadBackByteForByte() throws Exception {
        String call = Calls.published(Calls.patentCall(2042, "2042-03-01", "2042-11-15"));
        String id = Applications.draft(BEIJING, Applications.patent(call, 2042));
        byte[] pdf = "%PDF-1.7\n专利证书 ZL 2040 1 0000001\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String location = given().auth().oauth2(BEIJING).contentType("application/pdf").body(pdf)
                .queryParam("fileName", "专利证书.pdf")
                .when().post("/api/v1/applications/" + id + "/attachments")
                .then().statusCode(201).body("sha256", equalTo(sha)).body("sizeBytes", equalTo(pdf.length))
                .body("fileName", equalTo("专利证书.pdf")).extract().header("Location");
        given().auth().oauth2(BEIJING).when().get("/api/v1/applications/" + id + "/attachments")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].sha256", equalTo(sha)).body("[0].mediaType", equalTo("application/pdf"));
        byte[] back = given().auth().oauth2(TestTokens.reviewer()).when().get(location).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, back);
        // another region's union does not see the application, nor its documents
        given().auth().oauth2(TestTokens.union("310000")).when().get("/api/v1/applications/" + id + "/attachments").then().statusCode(404);
    }

    @Test
    void otherTypesAndDisguisedFilesAre415AndTooLargeIs413() {
        String call = Calls.published(Calls.patentCall(2043, "2043-03-01", "2043-11-15"));
        String id = Applications.draft(BEIJING, Applications.patent(call, 2043));
        given().auth().oauth2(BEIJING).contentType("text/plain").body("hello").queryParam("fileName", "a.txt")
                .when().post("/api/v1/applications/" + id + "/attachments").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(BEIJING).contentType("application/pdf").body(new byte[] {'M', 'Z', 0, 0, 1})
                .queryParam("fileName", "批复.pdf")
                .when().post("/api/v1/applications/" + id + "/attachments").then().statusCode(415)
                .body("errors[0].field", equalTo("Content-Type"));
        byte[] big = new byte[65537];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        given().auth().oauth2(BEIJING).contentType("image/jpeg").body(big).queryParam("fileName", "scan.jpg")
                .when().post("/api/v1/applications/" + id + "/attachments").then().statusCode(413)
                .contentType("application/problem+json");
        given().auth().oauth2(BEIJING).when().get("/api/v1/applications/" + id + "/attachments").then().statusCode(200).body("$", hasSize(0));
    }
}
