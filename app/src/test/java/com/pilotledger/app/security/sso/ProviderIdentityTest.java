package com.pilotledger.app.security.sso;

import com.pilotledger.api.input.FieldLimits;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderIdentityTest {

    private final ProviderIdentity entra = new ProviderIdentity(new SingleSignOnProperties(
            "https://login.microsoftonline.com/tenant/v2.0", "client", "secret", "Microsoft", "roles", Map.of(),
            "preferred_username", null, null, null));

    @Test
    void readsTheUserNameFromTheConfiguredClaimAndTheRolesAsAuthorities() {
        ProviderIdentity.Signed signed = entra.read(Map.of("preferred_username", "pam@example.com",
                "roles", List.of("PORTFOLIO_MANAGER")));

        assertThat(signed.username()).isEqualTo("pam@example.com");
        assertThat(signed.authorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_PORTFOLIO_MANAGER");
    }

    @Test
    void refusesSomeoneWithoutAMappedRole() {
        assertThatThrownBy(() -> entra.read(Map.of("preferred_username", "nobody", "roles", List.of("Reader"))))
                .isInstanceOfSatisfying(IdentityRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(IdentityRefusedException.Reason.NO_ROLE))
                .hasMessageContaining("none of Pilot Ledger's roles");
    }

    @Test
    void refusesAUserNameLongerThanTheActorColumn() {
        String longest = "a".repeat(FieldLimits.USERNAME);
        assertThat(entra.read(Map.of("preferred_username", longest, "roles", List.of("AUDITOR"))).username())
                .isEqualTo(longest);

        assertThatThrownBy(() -> entra.read(Map.of("preferred_username", longest + "a", "roles", List.of("AUDITOR"))))
                .isInstanceOfSatisfying(IdentityRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(IdentityRefusedException.Reason.USERNAME_TOO_LONG));
    }

    @Test
    void refusesATokenWithoutTheUserNameClaim() {
        assertThatThrownBy(() -> entra.read(Map.of("sub", "0f3c", "roles", List.of("AUDITOR"))))
                .isInstanceOfSatisfying(IdentityRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(IdentityRefusedException.Reason.NO_USERNAME));
    }
}
