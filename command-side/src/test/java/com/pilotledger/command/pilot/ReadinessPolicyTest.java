package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ReadinessRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.ReadinessLevel.UNSETTLED;
import static com.pilotledger.api.pilot.StabilizationDomain.DEPLOYMENT_SEQUENCING;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_RESILIENCE;
import static com.pilotledger.api.pilot.StabilizationDomain.PORTFOLIO_COORDINATION;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static org.assertj.core.api.Assertions.assertThat;

class ReadinessPolicyTest {

    private final ReadinessPolicy policy = ReadinessPolicy.GENESIS;

    @Test
    void pausesWhenNoDomainHasAReadingYet() {
        PostureAssessment assessment = policy.assess(Map.of());

        assertThat(assessment.posture()).isEqualTo(Posture.PAUSE);
        assertThat(assessment.decidingDomains())
                .containsExactly(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS);
        assertThat(assessment.reason()).contains("Operational Ownership has no reading yet");
        assertThat(assessment.policyVersion()).isEqualTo("v1");
    }

    @ParameterizedTest
    @EnumSource(value = StabilizationDomain.class, names = {"OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "PRODUCTION_ECONOMICS"})
    void pausesWhileAGateDomainIsUnsettled(StabilizationDomain gate) {
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(ESTABLISHED);
        readings.put(gate, UNSETTLED);

        PostureAssessment assessment = policy.assess(readings);

        assertThat(assessment.posture()).isEqualTo(Posture.PAUSE);
        assertThat(assessment.decidingDomains()).containsExactly(gate);
        assertThat(assessment.reason()).contains(gate.label() + " is unsettled");
    }

    @ParameterizedTest
    @EnumSource(value = StabilizationDomain.class, names = {"OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "PRODUCTION_ECONOMICS"})
    void pausesWhileAGateDomainHasNoReading(StabilizationDomain gate) {
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(ESTABLISHED);
        readings.remove(gate);

        assertThat(policy.assess(readings).posture()).isEqualTo(Posture.PAUSE);
        assertThat(policy.assess(readings).decidingDomains()).containsExactly(gate);
    }

    @Test
    void authorizesDeploymentWhenAllSixDomainsAreEstablished() {
        PostureAssessment assessment = policy.assess(allAt(ESTABLISHED));

        assertThat(assessment.posture()).isEqualTo(Posture.AUTHORIZE_DEPLOYMENT);
        assertThat(assessment.decidingDomains()).containsExactly(StabilizationDomain.values());
    }

    @Test
    void recommendsControlledInvestmentWhenGatesAreAtLeastStabilizingButNotAllEstablished() {
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(ESTABLISHED);
        readings.put(OPERATIONAL_OWNERSHIP, STABILIZING);
        readings.put(DEPLOYMENT_SEQUENCING, UNSETTLED);

        PostureAssessment assessment = policy.assess(readings);

        assertThat(assessment.posture()).isEqualTo(Posture.CONTROLLED_INVESTMENT);
        assertThat(assessment.decidingDomains()).containsExactly(OPERATIONAL_OWNERSHIP, DEPLOYMENT_SEQUENCING);
    }

    @Test
    void anUnsettledNonGateDomainDoesNotPause() {
        Map<StabilizationDomain, ReadinessLevel> readings = new EnumMap<>(StabilizationDomain.class);
        readings.put(OPERATIONAL_OWNERSHIP, STABILIZING);
        readings.put(GOVERNANCE_CONTINUITY, STABILIZING);
        readings.put(PRODUCTION_ECONOMICS, ESTABLISHED);
        readings.put(OPERATIONAL_RESILIENCE, UNSETTLED);

        PostureAssessment assessment = policy.assess(readings);

        assertThat(assessment.posture()).isEqualTo(Posture.CONTROLLED_INVESTMENT);
        assertThat(assessment.decidingDomains()).containsExactly(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY,
                DEPLOYMENT_SEQUENCING, OPERATIONAL_RESILIENCE, PORTFOLIO_COORDINATION);
        assertThat(assessment.reason()).contains("Deployment Sequencing has no reading yet",
                "Operational Resilience is unsettled");
    }

    @Test
    void theSameReadingsAlwaysGiveTheSameAssessment() {
        Map<StabilizationDomain, ReadinessLevel> readings = Map.of(OPERATIONAL_OWNERSHIP, STABILIZING);

        assertThat(policy.assess(readings)).isEqualTo(policy.assess(Map.copyOf(readings)));
        assertThat(List.of(policy.assess(readings).differsFrom(policy.assess(readings)))).containsExactly(false);
    }

    @Test
    void aVersionWithDeploymentSequencingAsAGatePausesWhereVersionOneBoundsTheScope() {
        ReadinessPolicy stricter = new ReadinessPolicy("v2", new ReadinessRules(
                EnumSet.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS, DEPLOYMENT_SEQUENCING),
                STABILIZING, EnumSet.allOf(StabilizationDomain.class)));
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(STABILIZING);
        readings.put(DEPLOYMENT_SEQUENCING, UNSETTLED);

        assertThat(policy.assess(readings).posture()).isEqualTo(Posture.CONTROLLED_INVESTMENT);
        PostureAssessment assessment = stricter.assess(readings);
        assertThat(assessment.posture()).isEqualTo(Posture.PAUSE);
        assertThat(assessment.policyVersion()).isEqualTo("v2");
        assertThat(assessment.decidingDomains()).containsExactly(DEPLOYMENT_SEQUENCING);
    }

    @Test
    void aVersionWithAHigherGateMinimumPausesOnAStabilizingGate() {
        ReadinessPolicy demanding = new ReadinessPolicy("v3", new ReadinessRules(EnumSet.of(OPERATIONAL_OWNERSHIP),
                ESTABLISHED, EnumSet.of(OPERATIONAL_OWNERSHIP, PRODUCTION_ECONOMICS)));
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(ESTABLISHED);
        readings.put(OPERATIONAL_OWNERSHIP, STABILIZING);

        assertThat(demanding.assess(readings).posture()).isEqualTo(Posture.PAUSE);
        readings.put(OPERATIONAL_OWNERSHIP, ESTABLISHED);
        readings.put(DEPLOYMENT_SEQUENCING, UNSETTLED);
        assertThat(demanding.assess(readings).posture()).isEqualTo(Posture.AUTHORIZE_DEPLOYMENT);
        assertThat(demanding.assess(readings).decidingDomains()).containsExactly(OPERATIONAL_OWNERSHIP, PRODUCTION_ECONOMICS);
    }

    private static Map<StabilizationDomain, ReadinessLevel> allAt(ReadinessLevel level) {
        Map<StabilizationDomain, ReadinessLevel> readings = new EnumMap<>(StabilizationDomain.class);
        for (StabilizationDomain domain : StabilizationDomain.values()) {
            readings.put(domain, level);
        }
        return readings;
    }
}
