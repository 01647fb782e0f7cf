package com.pilotledger.command.policy;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ActivateReadinessPolicy;
import com.pilotledger.api.policy.PolicyVersionStatus;
import com.pilotledger.api.policy.ProposeReadinessPolicy;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.command.bus.LedgerCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static com.pilotledger.command.RefusalMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

class ReadinessPolicyBookTest {

    private static final Instant PROPOSED = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant ACTIVATED = Instant.parse("2026-04-08T09:00:00Z");
    private static final Map<String, String> ADA = Map.of(AuditMetaData.ACTOR, "ada");
    private static final ReadinessRules SEQUENCING_GATED = new ReadinessRules(EnumSet.of(OPERATIONAL_OWNERSHIP,
            GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS, DEPLOYMENT_SEQUENCING), ReadinessLevel.STABILIZING,
            EnumSet.allOf(StabilizationDomain.class), Set.of());
    private static final String WHY = "Sequencing failures stalled two rollouts";

    private AggregateTestFixture<ReadinessPolicyBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReadinessPolicyBook.class);
        fixture.registerCommandTargetResolver(new LedgerCommandTargetResolver());
    }

    @Test
    void anAdministratorProposesAVersionWithItsRulesWhoAndWhy() {
        fixture.givenNoPriorActivity()
                .when(new ProposeReadinessPolicy("v2", SEQUENCING_GATED, WHY, PROPOSED), ADA)
                .expectEvents(proposed());
    }

    @Test
    void aVersionNameIsNeverRedefined() {
        fixture.given(proposed())
                .when(new ProposeReadinessPolicy("v2", ReadinessRules.V1, "Again", PROPOSED), ADA)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.POLICY_VERSION_EXISTS));
    }

    @Test
    void versionOneIsKnownWithoutAnyEventAndCannotBeProposedAgain() {
        fixture.givenNoPriorActivity()
                .when(new ProposeReadinessPolicy("v1", SEQUENCING_GATED, WHY, PROPOSED), ADA)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.POLICY_VERSION_EXISTS));
    }

    @Test
    void aVersionNameLongerThanTwentyCharactersOrWithSpacesIsRefused() {
        for (String name : new String[] {"v".repeat(21), "version 2", ""}) {
            fixture.givenNoPriorActivity()
                    .when(new ProposeReadinessPolicy(name, SEQUENCING_GATED, WHY, PROPOSED), ADA)
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.INVALID_POLICY));
        }
    }

    @Test
    void aVersionWhoseDeploymentRequiresNothingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ProposeReadinessPolicy("v2", new ReadinessRules(EnumSet.of(OPERATIONAL_OWNERSHIP),
                        ReadinessLevel.STABILIZING, EnumSet.noneOf(StabilizationDomain.class), Set.of()), WHY, PROPOSED), ADA)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_POLICY));
    }

    @Test
    void activatingAProposedVersionPutsItInForceFromTheActivationInstant() {
        fixture.given(proposed())
                .when(new ActivateReadinessPolicy("v2", "Approved by the steering committee", ACTIVATED), ADA)
                .expectEvents(new ReadinessPolicyActivated("v2", "v1", ACTIVATED, "ada",
                        "Approved by the steering committee"));
    }

    @Test
    void activatingAnUnknownVersionIsRefused() {
        fixture.given(proposed())
                .when(new ActivateReadinessPolicy("v3", "Approved", ACTIVATED), ADA)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.POLICY_VERSION_NOT_FOUND));
    }

    @Test
    void activatingTheVersionInForceIsRefused() {
        fixture.given(proposed(), activated())
                .when(new ActivateReadinessPolicy("v2", "Again", ACTIVATED.plusSeconds(60)), ADA)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.POLICY_VERSION_ALREADY_ACTIVE));
    }

    @Test
    void aVersionNeverTakesEffectBeforeTheVersionInForceDid() {
        fixture.given(proposed(), activated())
                .when(new ActivateReadinessPolicy("v1", "Back to the first rules", ACTIVATED.minusSeconds(60)), ADA)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_POLICY));
    }

    @Test
    void versionOneCanBeBroughtBackInForce() {
        fixture.given(proposed(), activated())
                .when(new ActivateReadinessPolicy("v1", "Back to the first rules", ACTIVATED.plusSeconds(60)), ADA)
                .expectEvents(new ReadinessPolicyActivated("v1", "v2", ACTIVATED.plusSeconds(60), "ada",
                        "Back to the first rules"));
    }

    @Test
    void theHistoryKnowsWhichVersionWasInForceAtEachInstantAndTheStatusOfEach() {
        ReadinessPolicyHistory history = ReadinessPolicyHistory.of(List.of(proposed(), activated()));

        assertThat(history.inForceAt(ACTIVATED.minusMillis(1)).version()).isEqualTo("v1");
        assertThat(history.inForceAt(ACTIVATED).version()).isEqualTo("v2");
        assertThat(history.inForceAt(ACTIVATED).rules()).isEqualTo(SEQUENCING_GATED);
        assertThat(history.versions().activeVersion()).isEqualTo("v2");
        assertThat(history.versions().versions()).extracting(view -> view.version() + ":" + view.status()
                        + ":" + view.effectiveFrom() + ":" + view.effectiveTo())
                .containsExactly("v1:" + PolicyVersionStatus.RETIRED + ":null:" + ACTIVATED,
                        "v2:" + PolicyVersionStatus.ACTIVE + ":" + ACTIVATED + ":null");
    }

    private static ReadinessPolicyProposed proposed() {
        return new ReadinessPolicyProposed("v2", SEQUENCING_GATED, "ada", WHY, PROPOSED);
    }

    private static ReadinessPolicyActivated activated() {
        return new ReadinessPolicyActivated("v2", "v1", ACTIVATED, "ada", "Approved");
    }
}
