package com.pilotledger.app.security.sso;

import com.pilotledger.app.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single sign-on with an OpenID Connect provider ({@code pilot-ledger.sso.*}, docs/sso.md); off while no issuer is
 * configured. The provider's discovery document (at the issuer) tells the endpoints and the keys.
 *
 * @param issuerUri     the provider's issuer, e.g. {@code https://keycloak.example.com/realms/pilot-ledger}
 * @param clientId      this application's client at the provider (authorization code flow with PKCE)
 * @param clientSecret  the client's secret: a confidential client
 * @param providerName  shown on the login page: "Sign in with ..."
 * @param rolesClaim    where the roles are in a token, a dot for each nested object: {@code realm_access.roles}
 *                      (Keycloak), {@code roles} or {@code groups} (Entra ID), {@code groups} (Okta)
 * @param roleMapping   for each application role, the claim values that grant it; with none, a value grants the role
 *                      of the same name
 * @param usernameClaim the claim recorded as the actor of decisions
 * @param audience      when set, a bearer token must name it in {@code aud} (a token issued for another client of the
 *                      same provider is refused)
 * @param clockSkew     how far a token's expiry and the provider's clock may be off
 * @param scopes        requested at sign-in; the provider may need one more to send the roles claim
 */
@ConfigurationProperties("pilot-ledger.sso")
public record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret, String providerName,
                                     String rolesClaim, Map<Role, Set<String>> roleMapping, String usernameClaim,
                                     String audience, Duration clockSkew, List<String> scopes) {

    public SingleSignOnProperties {
        providerName = blankTo(providerName, "your organization's account");
        rolesClaim = blankTo(rolesClaim, "realm_access.roles");
        roleMapping = roleMapping == null || roleMapping.isEmpty() ? Map.of() : new EnumMap<>(roleMapping);
        usernameClaim = blankTo(usernameClaim, "preferred_username");
        clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    ClaimRoles claimRoles() {
        return new ClaimRoles(rolesClaim, roleMapping);
    }
}
