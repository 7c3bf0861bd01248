package org.alliance.journey;

import java.nio.file.Path;

/**
 * {@code deploy/local/demo-journey}: walks the funding cycle against the running local stack and prints
 * each step. The services' addresses come from REGISTRY_URL, APPLICATION_URL, REVIEW_URL and MATCHING_URL
 * (the local stack's by default); tokens from Keycloak when KEYCLOAK_URL names it (the stack's services
 * then trust only Keycloak), from the development key otherwise.
 */
public final class DemoJourney {

    private DemoJourney() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String keycloak = System.getenv("KEYCLOAK_URL");
        Tokens tokens = keycloak == null || keycloak.isBlank() ? new DevKeyTokens(root) : new KeycloakTokens(keycloak);
        FundingJourney journey = new FundingJourney(
                new Api("registry-service", env("REGISTRY_URL", "http://127.0.0.1:8081")),
                new Api("application-service", env("APPLICATION_URL", "http://127.0.0.1:8082")),
                new Api("review-service", env("REVIEW_URL", "http://127.0.0.1:8083")),
                new Api("matching-service", env("MATCHING_URL", "http://127.0.0.1:8084")),
                tokens, System.out::println);
        try {
            journey.walk();
            System.out.println("== 完成：资助周期走通（the funding cycle went through end to end）");
        } catch (JourneyFailure e) {
            System.err.println("demo-journey stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
