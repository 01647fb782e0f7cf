package com.pilotledger.app.security.sso;

import com.pilotledger.app.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimRolesTest {

    private static final String EXECUTIVES = "6c1f4e2a-9a51-4c5b-8f0e-2d1b7c3a9e10";
    private static final String PORTFOLIO = "0b7d2c44-3e6f-4a8b-9c1d-5e2f7a8b9c0d";

    @Test
    void keycloakRealmRolesNamedAsTheApplicationsRolesGrantThemWithoutAMapping() {
        ClaimRoles roles = new ClaimRoles("realm_access.roles", Map.of());

        assertThat(roles.of(Map.of("realm_access", Map.of("roles",
                java.util.List.of("offline_access", "EXECUTIVE", "AUDITOR")))))
                .containsExactlyInAnyOrder(Role.EXECUTIVE, Role.AUDITOR);
    }

    @Test
    void entraGroupIdsGrantTheRolesTheyAreMappedTo() {
        ClaimRoles roles = new ClaimRoles("groups", Map.of(Role.EXECUTIVE, Set.of(EXECUTIVES),
                Role.PORTFOLIO_MANAGER, Set.of(PORTFOLIO, "pl-portfolio")));

        assertThat(roles.of(Map.of("groups", java.util.List.of(PORTFOLIO, "a-group-nobody-mapped"))))
                .containsExactly(Role.PORTFOLIO_MANAGER);
        assertThat(roles.of(Map.of("groups", java.util.List.of(EXECUTIVES, "pl-portfolio"))))
                .containsExactlyInAnyOrder(Role.EXECUTIVE, Role.PORTFOLIO_MANAGER);
    }

    @Test
    void withAMappingARoleNameAloneGrantsNothing() {
        ClaimRoles roles = new ClaimRoles("roles", Map.of(Role.ADMINISTRATOR, Set.of("PilotLedger.Admin")));

        assertThat(roles.of(Map.of("roles", java.util.List.of("ADMINISTRATOR")))).isEmpty();
        assertThat(roles.of(Map.of("roles", java.util.List.of("PilotLedger.Admin")))).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void aClaimOfOneStringIsSplitAtSpacesAndCommas() {
        ClaimRoles roles = new ClaimRoles("roles", Map.of());

        assertThat(roles.of(Map.of("roles", "PILOT_OWNER, AUDITOR MONITOR")))
                .containsExactlyInAnyOrder(Role.PILOT_OWNER, Role.AUDITOR, Role.MONITOR);
    }

    @Test
    void aMissingOrMisshapenClaimGrantsNothing() {
        ClaimRoles roles = new ClaimRoles("realm_access.roles", Map.of());

        assertThat(roles.of(Map.of())).isEmpty();
        assertThat(roles.of(Map.of("realm_access", "EXECUTIVE"))).isEmpty();
        assertThat(roles.of(Map.of("realm_access", Map.of("roles", 42)))).isEmpty();
    }
}
