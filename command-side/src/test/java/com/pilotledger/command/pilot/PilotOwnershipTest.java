package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.checklist.AssessChecklistItem;
import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AssignPilotOwner;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.PilotOwnerAssigned;
import com.pilotledger.api.pilot.PilotOwnerRemoved;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.RemovePilotOwner;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.pilotledger.command.RefusalMatchers.refusedWith;

/**
 * Portfolio managers assign and remove a pilot's owners; a pilot owner records evidence only for the pilots they own,
 * while portfolio managers record for any pilot and monitoring systems send metric points for any pilot.
 */
class PilotOwnershipTest {

    private static final String PILOT = "pilot-1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-09T09:00:00Z");
    private static final Map<String, String> PAM = Map.of(AuditMetaData.ACTOR, "pam",
            AuditMetaData.ACTOR_ROLES, "PORTFOLIO_MANAGER");
    private static final Map<String, String> OWEN = Map.of(AuditMetaData.ACTOR, "owen",
            AuditMetaData.ACTOR_ROLES, "PILOT_OWNER");
    private static final Map<String, String> OLIVIA = Map.of(AuditMetaData.ACTOR, "olivia",
            AuditMetaData.ACTOR_ROLES, "PILOT_OWNER");

    private AggregateTestFixture<Pilot> fixture;

    @BeforeEach
    void setUp() {
        fixture = PilotFixtures.pilotFixture(new ReadinessPolicyHistory());
    }

    @Test
    void aPortfolioManagerAssignsAnOwner() {
        fixture.given(registered(), firstRecommendation())
                .when(new AssignPilotOwner(PILOT, "owen", T1), PAM)
                .expectEvents(new PilotOwnerAssigned(PILOT, "owen", "pam", T1));
    }

    @Test
    void assigningAnOwnerTwiceRecordsNothingTheSecondTime() {
        fixture.given(registered(), firstRecommendation(), owenAssigned())
                .when(new AssignPilotOwner(PILOT, "owen", T1), PAM)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPortfolioManagerRemovesAnOwner() {
        fixture.given(registered(), firstRecommendation(), owenAssigned())
                .when(new RemovePilotOwner(PILOT, "owen", T1), PAM)
                .expectEvents(new PilotOwnerRemoved(PILOT, "owen", "pam", T1));
    }

    @Test
    void removingSomeoneWhoIsNotAnOwnerRecordsNothing() {
        fixture.given(registered(), firstRecommendation(), owenAssigned(),
                        new PilotOwnerRemoved(PILOT, "owen", "pam", T1))
                .when(new RemovePilotOwner(PILOT, "owen", T1), PAM)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void registrationAssignsTheFirstOwnersOnceEach() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPilot(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising",
                        "Maria Chen", "Markdowns", "Heuristic", "+15%", Money.of("1200000.00", "USD"),
                        "No gain by day 75", null, null, List.of("owen", "olivia", "owen"), T0), PAM)
                .expectEvents(registered(), new PilotOwnerAssigned(PILOT, "owen", "pam", T0),
                        new PilotOwnerAssigned(PILOT, "olivia", "pam", T0), firstRecommendation());
    }

    @Test
    void aPilotOwnerRecordsASignalForAPilotTheyOwn() {
        fixture.given(registered(), firstRecommendation(), owenAssigned())
                .when(signal(), OWEN)
                .expectEvents(new SignalRecorded(PILOT, StabilizationDomain.DEPLOYMENT_SEQUENCING,
                        ReadinessLevel.STABILIZING, "Rollout plan agreed", "gate review", T0, null, "owen", T1));
    }

    @Test
    void aPilotOwnerWhoDoesNotOwnThePilotIsRefusedASignalAndNothingIsAppended() {
        fixture.given(registered(), firstRecommendation(), owenAssigned())
                .when(signal(), OLIVIA)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.NOT_PILOT_OWNER, Map.of("user", "olivia")));
    }

    @Test
    void aRemovedOwnerIsRefused() {
        fixture.given(registered(), firstRecommendation(), owenAssigned(),
                        new PilotOwnerRemoved(PILOT, "owen", "pam", T1))
                .when(signal(), OWEN)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.NOT_PILOT_OWNER));
    }

    @Test
    void aPilotOwnerWhoDoesNotOwnThePilotIsRefusedAChecklistAssessment() {
        fixture.given(registered(), firstRecommendation())
                .when(new AssessChecklistItem(PILOT, ChecklistCriterion.LONG_TERM_ACCOUNTABILITY_DEFINED,
                        ChecklistStatus.COMPLETE, "Named in the operating model", T1), OWEN)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.NOT_PILOT_OWNER));
    }

    @Test
    void aPilotOwnerWhoDoesNotOwnThePilotIsRefusedMetricPoints() {
        fixture.given(registered(), firstRecommendation())
                .when(points(), OWEN)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.NOT_PILOT_OWNER));
    }

    @Test
    void anotherRoleDoesNotLiftThePilotOwnersLimit() {
        fixture.given(registered(), firstRecommendation())
                .when(signal(), Map.of(AuditMetaData.ACTOR, "owen", AuditMetaData.ACTOR_ROLES, "EXECUTIVE,PILOT_OWNER"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.NOT_PILOT_OWNER));
    }

    @Test
    void aPortfolioManagerRecordsForAnyPilot() {
        fixture.given(registered(), firstRecommendation(), owenAssigned())
                .when(signal(), Map.of(AuditMetaData.ACTOR, "pam", AuditMetaData.ACTOR_ROLES,
                        "PILOT_OWNER,PORTFOLIO_MANAGER"))
                .expectEvents(new SignalRecorded(PILOT, StabilizationDomain.DEPLOYMENT_SEQUENCING,
                        ReadinessLevel.STABILIZING, "Rollout plan agreed", "gate review", T0, null, "pam", T1));
    }

    @Test
    void aMonitoringSystemSendsMetricPointsForAnyPilot() {
        fixture.given(registered(), firstRecommendation())
                .when(points(), Map.of(AuditMetaData.ACTOR, "monitor", AuditMetaData.ACTOR_ROLES, "MONITOR"))
                .expectEvents(new MetricPointsRecorded(PILOT, "batch-1", points().points(), "monitor", T1));
    }

    private static RecordSignal signal() {
        return new RecordSignal(PILOT, StabilizationDomain.DEPLOYMENT_SEQUENCING, ReadinessLevel.STABILIZING,
                "Rollout plan agreed", "gate review", T0, null, T1);
    }

    private static RecordMetricPoints points() {
        return new RecordMetricPoints(PILOT, "batch-1", List.of(new MetricPoint(ProductionMetric.TASK_COMPLETION_RATE,
                new BigDecimal("91.5"), T0)), T1);
    }

    private static PilotOwnerAssigned owenAssigned() {
        return new PilotOwnerAssigned(PILOT, "owen", "pam", T0);
    }

    private static PilotRegistered registered() {
        return new PilotRegistered(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising", "Maria Chen",
                "Markdowns", "Heuristic", "+15%", Money.of("1200000.00", "USD"), "No gain by day 75", "pam", T0,
                List.of());
    }

    private static PostureRecommendationChanged firstRecommendation() {
        return new PostureRecommendationChanged(PILOT, Posture.PAUSE, null, "v1", List.of(
                StabilizationDomain.OPERATIONAL_OWNERSHIP, StabilizationDomain.GOVERNANCE_CONTINUITY,
                StabilizationDomain.PRODUCTION_ECONOMICS), "Pause while Operational Ownership has no reading yet, "
                + "Governance Continuity has no reading yet, Production Economics has no reading yet", T0);
    }
}
