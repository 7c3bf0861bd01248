package org.alliance.matching.console;

import static io.restassured.RestAssured.given;

/** Tokens from the test's Keycloak: partner unions by client credentials, people by password (alliance-cli). */
final class KeycloakTokens {

    private KeycloakTokens() {
    }

    /** What a partner union's own system does: its client id and secret from the realm. */
    static String partnerUnion(String region) {
        return given().baseUri(KeycloakResource.issuer()).formParam("grant_type", "client_credentials")
                .formParam("client_id", "partner-union-" + region).formParam("client_secret", "alliance-partner-" + region)
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    static String user(String username) {
        return given().baseUri(KeycloakResource.issuer()).formParam("grant_type", "password").formParam("client_id", "alliance-cli")
                .formParam("username", username).formParam("password", "alliance")
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}
