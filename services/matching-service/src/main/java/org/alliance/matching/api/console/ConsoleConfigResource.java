package org.alliance.matching.api.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the coordinators' console (static files under /console/) needs to sign in: the OpenID
 * provider this service trusts and the console's public client. Open to everyone, as the sign-in
 * page is; it holds nothing secret. Not part of the partners' API contract.
 */
@Path("/console/config")
public class ConsoleConfigResource {

    /** The issuer of the bundled development key: no OpenID provider stands behind it. */
    static final String DEV_ISSUER = "https://alliance.local/dev";

    @ConfigProperty(name = "alliance.console.oidc.issuer")
    String issuer;

    @ConfigProperty(name = "alliance.console.oidc.client-id")
    String clientId;

    /** {@code issuer} null: the service trusts development tokens only and the console cannot sign anyone in. */
    public record ConsoleConfig(String issuer, String clientId) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ConsoleConfig config() {
        return new ConsoleConfig(DEV_ISSUER.equals(issuer) ? null : issuer, clientId);
    }
}
