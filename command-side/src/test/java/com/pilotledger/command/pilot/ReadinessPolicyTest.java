package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.ReadinessRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final ReadinessPolicy VERSION_TWO = new ReadinessPolicy("v2", ReadinessRules.V2);

    private final ReadinessPolicy policy = ReadinessPolicy.GENESIS;

    @Test
    void pausesWhenNoDomainHasAReadingYet() {
        PostureAssessment assessment = assess(policy, Map.of());

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

        PostureAssessment assessment = assess(policy, readings);

        assertThat(assessment.posture()).isEqualTo(Posture.PAUSE);
        assertThat(assessment.decidingDomains()).containsExactly(gate);
        assertThat(assessment.reason()).contains(gate.label() + " is unsettled");
    }

    @ParameterizedTest
    @EnumSource(value = StabilizationDomain.class, names = {"OPERATIONAL_OWNERSHIP", "GOVERNANCE_CONTINUITY", "PRODUCTION_ECONOMICS"})
    void pausesWhileAGateDomainHasNoReading(StabilizationDomain gate) {
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(ESTABLISHED);
        readings.remove(gate);

        assertThat(assess(policy, readings).posture()).isEqualTo(Posture.PAUSE);
        assertThat(assess(policy, readings).decidingDomains()).containsExactly(gate);
    }

    @Test
    void authorizesDeploymentWhenAllSixDomainsAreEstablished() {
        PostureAssessment assessment = assess(policy, allAt(ESTABLISHED));

        assertThat(assessment.posture()).isEqualTo(Posture.AUTHORIZE_DEPLOYMENT);
        assertThat(assessment.decidingDomains()).containsExactly(StabilizationDomain.values());
    }

    @Test
    void recommendsControlledInvestmentWhenGatesAreAtLeastStabilizingButNotAllEstablished() {
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(ESTABLISHED);
        readings.put(OPERATIONAL_OWNERSHIP, STABILIZING);
        readings.put(DEPLOYMENT_SEQUENCING, UNSETTLED);

        PostureAssessment assessment = assess(policy, readings);

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

        PostureAssessment assessment = assess(policy, readings);

        assertThat(assessment.posture()).isEqualTo(Posture.CONTROLLED_INVESTMENT);
        assertThat(assessment.decidingDomains()).containsExactly(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY,
                DEPLOYMENT_SEQUENCING, OPERATIONAL_RESILIENCE, PORTFOLIO_COORDINATION);
        assertThat(assessment.reason()).contains("Deployment Sequencing has no reading yet",
                "Operational Resilience is unsettled");
    }

    @Test
    void theSameReadingsAlwaysGiveTheSameAssessment() {
        Map<StabilizationDomain, ReadinessLevel> readings = Map.of(OPERATIONAL_OWNERSHIP, STABILIZING);

        assertThat(assess(policy, readings)).isEqualTo(assess(policy, Map.copyOf(readings)));
        assertThat(List.of(assess(policy, readings).differsFrom(assess(policy, readings)))).containsExactly(false);
    }

    @Test
    void aVersionWithDeploymentSequencingAsAGatePausesWhereVersionOneBoundsTheScope() {
        ReadinessPolicy stricter = new ReadinessPolicy("v2", new ReadinessRules(
                EnumSet.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS, DEPLOYMENT_SEQUENCING),
                STABILIZING, EnumSet.allOf(StabilizationDomain.class), Set.of()));
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(STABILIZING);
        readings.put(DEPLOYMENT_SEQUENCING, UNSETTLED);

        assertThat(assess(policy, readings).posture()).isEqualTo(Posture.CONTROLLED_INVESTMENT);
        PostureAssessment assessment = assess(stricter, readings);
        assertThat(assessment.posture()).isEqualTo(Posture.PAUSE);
        assertThat(assessment.policyVersion()).isEqualTo("v2");
        assertThat(assessment.decidingDomains()).containsExactly(DEPLOYMENT_SEQUENCING);
    }

    @Test
    void aVersionWithAHigherGateMinimumPausesOnAStabilizingGate() {
        ReadinessPolicy demanding = new ReadinessPolicy("v3", new ReadinessRules(EnumSet.of(OPERATIONAL_OWNERSHIP),
                ESTABLISHED, EnumSet.of(OPERATIONAL_OWNERSHIP, PRODUCTION_ECONOMICS), Set.of()));
        Map<StabilizationDomain, ReadinessLevel> readings = allAt(ESTABLISHED);
        readings.put(OPERATIONAL_OWNERSHIP, STABILIZING);

        assertThat(assess(demanding, readings).posture()).isEqualTo(Posture.PAUSE);
        readings.put(OPERATIONAL_OWNERSHIP, ESTABLISHED);
        readings.put(DEPLOYMENT_SEQUENCING, UNSETTLED);
        assertThat(assess(demanding, readings).posture()).isEqualTo(Posture.AUTHORIZE_DEPLOYMENT);
        assertThat(assess(demanding, readings).decidingDomains()).containsExactly(OPERATIONAL_OWNERSHIP, PRODUCTION_ECONOMICS);
    }

    private static Map<StabilizationDomain, ReadinessLevel> allAt(ReadinessLevel level) {
        Map<StabilizationDomain, ReadinessLevel> readings = new EnumMap<>(StabilizationDomain.class);
        for (StabilizationDomain domain : StabilizationDomain.values()) {
            readings.put(domain, level);
        }
        return readings;
    }

    @Test
    void versionTwoKeepsAllEstablishedPilotsInControlledInvestmentWithoutAGateReviewThatSaidProceed() {
        ReadinessEvidence evidence = new ReadinessEvidence(allAt(ESTABLISHED), false, null, false, List.of());

        PostureAssessment assessment = VERSION_TWO.assess(evidence, NOW);

        assertThat(assessment.posture()).isEqualTo(Posture.CONTROLLED_INVESTMENT);
        assertThat(assessment.reason())
                .isEqualTo("Authorize Deployment also needs a concluded gate review that said proceed");
    }

    @Test
    void versionTwoAuthorizesDeploymentWithAProceedingReviewNoRecentBreachAndEveryChecklistItemStarted() {
        ReadinessEvidence evidence = new ReadinessEvidence(allAt(ESTABLISHED), true,
                NOW.minus(Duration.ofHours(48)), false, List.of());

        assertThat(VERSION_TWO.assess(evidence, NOW).posture()).isEqualTo(Posture.AUTHORIZE_DEPLOYMENT);
    }

    @Test
    void versionTwoHoldsDeploymentBackForFortyEightHoursAfterABreach() {
        ReadinessEvidence evidence = new ReadinessEvidence(allAt(ESTABLISHED), true,
                NOW.minus(Duration.ofHours(47)), false, List.of());

        PostureAssessment assessment = VERSION_TWO.assess(evidence, NOW);

        assertThat(assessment.posture()).isEqualTo(Posture.CONTROLLED_INVESTMENT);
        assertThat(assessment.reason()).contains("no breached threshold in the last 48 hours");
    }

    @Test
    void versionTwoNamesEveryMissingPieceOfEvidence() {
        PostureAssessment assessment = VERSION_TWO.assess(new EvidenceTrail().with(allAt(ESTABLISHED)), NOW);

        assertThat(assessment.reason()).isEqualTo("Authorize Deployment also needs a concluded gate review that said"
                + " proceed, no readiness checklist item Not started");
    }

    @Test
    void versionOneIgnoresTheEvidenceBesideTheReadings() {
        ReadinessEvidence evidence = new ReadinessEvidence(allAt(ESTABLISHED), false, NOW, true, List.of());

        assertThat(policy.assess(evidence, NOW).posture()).isEqualTo(Posture.AUTHORIZE_DEPLOYMENT);
    }

    @Test
    void aMetKillCriterionRecommendsPauseUnderEveryVersionAndLeavesTheKillToPeople() {
        ReadinessEvidence evidence = new ReadinessEvidence(allAt(ESTABLISHED), true, null, false,
                List.of("Task completion rate below 85% on 30 June 2026"));

        for (ReadinessPolicy version : List.of(policy, VERSION_TWO)) {
            PostureAssessment assessment = version.assess(evidence, NOW);
            assertThat(assessment.posture()).isEqualTo(Posture.PAUSE);
            assertThat(assessment.reason()).isEqualTo("Kill criteria met: Task completion rate below 85% on 30 June"
                    + " 2026. Killing the pilot is a human decision");
        }
    }

    private static PostureAssessment assess(ReadinessPolicy version, Map<StabilizationDomain, ReadinessLevel> readings) {
        return version.assess(new EvidenceTrail().with(readings), NOW);
    }
}
