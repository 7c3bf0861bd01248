package org.alliance.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Signed JWTs for tests, made exactly like {@code deploy/local/token} makes them: RS256 with the
 * development key in deploy/local/keys, issuer {@code https://alliance.local/dev}, roles in
 * {@code groups}, a union's region in {@code region}, its sign-off level in {@code level} (UNIT,
 * DISTRICT, CITY) and a unit union's enterprise in {@code enterprise}, a reviewer's expert in
 * {@code expert} (the claim names of {@code org.alliance.security.Caller}). Also the broken kinds a
 * test needs.
 */
public final class TestTokens {

    public static final String ISSUER = "https://alliance.local/dev";
    private static PrivateKey devKey;

    private TestTokens() {
    }

    public static String union(String region) {
        return sign(claims("union", region, Instant.now().plusSeconds(3600)), devKey());
    }

    /** A district / bureau / group ({@code DISTRICT}) or city ({@code CITY}) union of {@code region}. */
    public static String union(String region, String level) {
        return withClaims("union", region, Map.of("level", level));
    }

    /** A unit union (单位工会) of {@code region} speaking for the enterprise {@code enterpriseId}. */
    public static String unitUnion(String region, UUID enterpriseId) {
        return withClaims("union", region, Map.of("level", "UNIT", "enterprise", enterpriseId.toString()));
    }

    /** A reviewer token naming its expert in the pool. */
    public static String reviewer(UUID expertId) {
        return withClaims("reviewer", null, Map.of("expert", expertId.toString()));
    }

    /** A token of {@code role} (and {@code region}, may be null) with further string claims, e.g. a malformed level. */
    public static String withClaims(String role, String region, Map<String, String> extra) {
        return sign(claims(role, region, Instant.now().plusSeconds(3600), new TreeMap<>(extra)), devKey());
    }

    public static String coordinator() {
        return sign(claims("coordinator", null, Instant.now().plusSeconds(3600)), devKey());
    }

    public static String reviewer() {
        return sign(claims("reviewer", null, Instant.now().plusSeconds(3600)), devKey());
    }

    public static String operator() {
        return sign(claims("operator", null, Instant.now().plusSeconds(3600)), devKey());
    }

    /** Expired ten minutes ago, well past any clock-skew allowance. */
    public static String expired(String role, String region) {
        return sign(claims(role, region, Instant.now().minusSeconds(600)), devKey());
    }

    /** Well-formed, but signed by a key the services do not trust. */
    public static String wrongSignature(String role, String region) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims(role, region, Instant.now().plusSeconds(3600)), generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Bearer ..." for an Authorization header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String claims(String role, String region, Instant expiry) {
        return claims(role, region, expiry, Map.of());
    }

    private static String claims(String role, String region, Instant expiry, Map<String, String> extra) {
        long now = Instant.now().getEpochSecond();
        String subject = "test-" + role + (region == null ? "" : "-" + region)
                + (extra.containsKey("level") ? "-" + extra.get("level").toLowerCase(java.util.Locale.ROOT) : "");
        StringBuilder more = new StringBuilder();
        // test values are codes and UUIDs: no JSON escaping needed
        extra.forEach((name, value) -> more.append(",\"").append(name).append("\":\"").append(value).append('"'));
        return "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\""
                + ",\"groups\":[\"" + role + "\"]"
                + (region == null ? "" : ",\"region\":\"" + region + "\"") + more
                + ",\"iat\":" + Math.min(now, expiry.getEpochSecond() - 60) + ",\"exp\":" + expiry.getEpochSecond()
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
    }

    private static String sign(String claims, PrivateKey key) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + url.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PrivateKey devKey() {
        if (devKey == null) {
            Path pem = ProjectRoot.find().resolve("deploy/local/keys/dev-private.pem");
            try {
                String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                devKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the development signing key " + pem, e);
            }
        }
        return devKey;
    }
}
