package com.pilotledger.app.security.sso;

import com.pilotledger.api.input.FieldLimits;
import com.pilotledger.app.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a provider's claims (an ID token and user info at sign-in, an access token on the API) name, and with which of
 * the ledger's roles: one reading for the pages and the API, so both let in and refuse the same people.
 */
final class ProviderIdentity {

    private final String usernameClaim;
    private final ClaimRoles roles;
    private final String provider;

    ProviderIdentity(SingleSignOnProperties properties) {
        this.usernameClaim = properties.usernameClaim();
        this.roles = properties.claimRoles();
        this.provider = properties.providerName();
    }

    /** The user name (recorded as the actor) and the granted roles as authorities, or a refusal that says why. */
    Signed read(Map<String, Object> claims) {
        if (!(claims.get(usernameClaim) instanceof String username) || username.isBlank()) {
            throw new IdentityRefusedException(IdentityRefusedException.Reason.NO_USERNAME,
                    "The identity provider sent no user name (claim " + usernameClaim + ")");
        }
        if (username.length() > FieldLimits.USERNAME) {
            throw new IdentityRefusedException(IdentityRefusedException.Reason.USERNAME_TOO_LONG,
                    "The user name from the identity provider is longer than " + FieldLimits.USERNAME
                            + " characters, so it cannot be recorded as the actor of a decision");
        }
        Set<Role> granted = roles.of(claims);
        if (granted.isEmpty()) {
            throw new IdentityRefusedException(IdentityRefusedException.Reason.NO_ROLE,
                    "Your account at " + provider + " holds none of Pilot Ledger's roles");
        }
        return new Signed(username, granted.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }

    /** A person or system let in: the name recorded as actor, and the roles as Spring Security authorities. */
    record Signed(String username, List<GrantedAuthority> authorities) {
    }
}
