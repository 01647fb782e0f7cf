package com.pilotledger.command.pilot;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.checklist.AssessChecklistItem;
import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.api.checklist.ChecklistReading;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.policy.DeploymentEvidence;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.api.policy.ReadinessRules;
import com.pilotledger.command.policy.ReadinessPolicyHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.pilotledger.api.checklist.ChecklistCriterion.CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED;
import static com.pilotledger.api.checklist.ChecklistCriterion.LONG_TERM_ACCOUNTABILITY_DEFINED;
import static com.pilotledger.api.checklist.ChecklistCriterion.PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED;
import static com.pilotledger.api.checklist.ChecklistCriterion.ROLLOUT_CONFLICTS_REDUCED;
import static com.pilotledger.api.checklist.ChecklistStatus.COMPLETE;
import static com.pilotledger.api.checklist.ChecklistStatus.NOT_STARTED;
import static com.pilotledger.api.checklist.ChecklistStatus.PARTIALLY_COMPLETE;
import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.ReadinessLevel.UNSETTLED;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.PORTFOLIO_COORDINATION;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static com.pilotledger.command.RefusalMatchers.refusedWith;

/** The readiness checklist of a pilot: assessments, the domain reading derived from them, and policy version 2. */
class ReadinessChecklistTest {

    private static final String PILOT = "pilot-1";
    private static final Instant BEFORE = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-09T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-16T09:00:00Z");
    private static final Map<String, String> OWEN = Map.of(AuditMetaData.ACTOR, "owen");
    private static final List<StabilizationDomain> GATES =
            List.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS);

    private AggregateTestFixture<Pilot> fixture;
    private final ReadinessPolicyHistory policies = new ReadinessPolicyHistory();

    @BeforeEach
    void setUp() {
        fixture = PilotFixtures.pilotFixture(policies);
    }

    @Test
    void anAssessmentIsRecordedWithWhoAssessedItAndItsEvidence() {
        fixture.given(registered(), firstRecommendation())
                .when(assess(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Merchandising owns the model"), OWEN)
                .expectSuccessfulHandlerExecution()
                .expectEvents(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Merchandising owns the model"));
    }

    @Test
    void refusesAnAssessmentWithoutEvidence() {
        fixture.given(registered(), firstRecommendation())
                .when(assess(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "  "), OWEN)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.EVIDENCE_REQUIRED));
    }

    @Test
    void theSameStatusOnTheSameEvidenceAgainRecordsNothing() {
        fixture.given(registered(), firstRecommendation(),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, PARTIALLY_COMPLETE, "Owner named, not staffed"))
                .when(assess(LONG_TERM_ACCOUNTABILITY_DEFINED, PARTIALLY_COMPLETE, "Owner named, not staffed"), OWEN)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameStatusOnNewEvidenceIsANewAssessment() {
        fixture.given(registered(), firstRecommendation(),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, PARTIALLY_COMPLETE, "Owner named, not staffed"))
                .when(assess(LONG_TERM_ACCOUNTABILITY_DEFINED, PARTIALLY_COMPLETE, "Owner named, half staffed"), OWEN)
                .expectEvents(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, PARTIALLY_COMPLETE, "Owner named, half staffed"));
    }

    @Test
    void aDomainWithAnItemNotYetAssessedGetsNoReadingFromItsChecklist() {
        fixture.given(registered(), firstRecommendation(),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, NOT_STARTED, "Nobody named"))
                .when(assess(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, NOT_STARTED, "No support rota"), OWEN)
                .expectEvents(assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, NOT_STARTED, "No support rota"));
    }

    @Test
    void theThirdItemAssessedGivesTheDomainItsReadingAndTheRecommendationFollows() {
        fixture.given(registered(), firstRecommendation(),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Merchandising owns the model"),
                        assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, COMPLETE, "Support rota live"))
                .when(assess(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Escalation runbook used twice"), OWEN)
                .expectEvents(
                        assessed(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Escalation runbook used twice"),
                        fromChecklist(OPERATIONAL_OWNERSHIP, ESTABLISHED, "Complete", "Complete", "Complete", T1),
                        gatesButOwnershipMissing(T1));
    }

    @Test
    void anItemPartiallyCompleteReadsStabilizing() {
        fixture.given(registered(), firstRecommendation(),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Merchandising owns the model"),
                        assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, PARTIALLY_COMPLETE, "Rota drafted"))
                .when(assess(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook used"), OWEN)
                .expectEvents(assessed(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook used"),
                        fromChecklist(OPERATIONAL_OWNERSHIP, STABILIZING, "Complete", "Partially complete",
                                "Complete", T1),
                        gatesButOwnershipMissing(T1));
    }

    @Test
    void anItemNotStartedReadsUnsettledWhateverTheOthersSay() {
        fixture.given(registered(), firstRecommendation(),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Merchandising owns the model"),
                        assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, COMPLETE, "Support rota live"))
                .when(assess(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, NOT_STARTED, "No path across teams"), OWEN)
                .expectEvents(assessed(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, NOT_STARTED, "No path across teams"),
                        fromChecklist(OPERATIONAL_OWNERSHIP, UNSETTLED, "Complete", "Complete", "Not started", T1),
                        new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.PAUSE, "v1", GATES,
                                "Pause while Operational Ownership is unsettled, Governance Continuity has no reading "
                                        + "yet, Production Economics has no reading yet", T1));
    }

    @Test
    void aReadingTheDomainAlreadyHasIsNotRecordedAgain() {
        fixture.given(registered(), firstRecommendation(), signal(OPERATIONAL_OWNERSHIP, ESTABLISHED, T0),
                        gatesButOwnershipMissing(T0),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Merchandising owns the model"),
                        assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, COMPLETE, "Support rota live"))
                .when(assess(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook used"), OWEN)
                .expectEvents(assessed(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook used"));
    }

    @Test
    void aReassessmentThatChangesWhatTheDomainReadsRecordsTheNewReading() {
        fixture.given(registered(), firstRecommendation(),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner"),
                        assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, COMPLETE, "Rota"),
                        assessed(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook"),
                        fromChecklist(OPERATIONAL_OWNERSHIP, ESTABLISHED, "Complete", "Complete", "Complete", T1))
                .when(new AssessChecklistItem(PILOT, PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED,
                        PARTIALLY_COMPLETE, "Rota lost two people", T2), OWEN)
                .expectEvents(new ChecklistItemAssessed(PILOT, PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED,
                                PARTIALLY_COMPLETE, "Rota lost two people", "owen", T2),
                        fromChecklist(OPERATIONAL_OWNERSHIP, STABILIZING, "Complete", "Partially complete",
                                "Complete", T2),
                        gatesButOwnershipMissing(T2));
    }

    @Test
    void anAssessmentDatedBeforeTheDomainsLatestReadingLeavesThatReadingAlone() {
        fixture.given(registered(), firstRecommendation(), signal(OPERATIONAL_OWNERSHIP, STABILIZING, T2),
                        gatesButOwnershipMissing(T2),
                        assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner"),
                        assessed(PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, COMPLETE, "Rota"))
                .when(assess(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook"), OWEN)
                .expectEvents(assessed(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED, COMPLETE, "Runbook"));
    }

    /** Policy version 2 asks, besides six established domains, that no checklist item be Not started. */
    @Nested
    class UnderVersionTwo {

        private static final String CHECKLIST_ONLY = "v2-checklist";

        @Test
        void theLastItemStartedRemovesTheChecklistFromWhatAuthorizeDeploymentStillNeeds() {
            activate("v2", ReadinessRules.V2);
            fixture.given(allEstablishedWithAllButOneItemComplete(new PostureRecommendationChanged(PILOT,
                            Posture.CONTROLLED_INVESTMENT, Posture.PAUSE, "v2", List.of(), "Authorize Deployment also "
                            + "needs a concluded gate review that said proceed, no readiness checklist item Not started",
                            T1)))
                    .when(assess(ROLLOUT_CONFLICTS_REDUCED, COMPLETE, "Release calendar shared"), OWEN)
                    .expectEvents(assessed(ROLLOUT_CONFLICTS_REDUCED, COMPLETE, "Release calendar shared"),
                            new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT,
                                    Posture.CONTROLLED_INVESTMENT, "v2", List.of(), "Authorize Deployment also needs "
                                    + "a concluded gate review that said proceed", T1));
        }

        @Test
        void withEveryItemStartedAndSixDomainsEstablishedDeploymentIsRecommended() {
            activate(CHECKLIST_ONLY, checklistOnly());
            fixture.given(allEstablishedWithAllButOneItemComplete(notStartedHoldsBack()))
                    .when(assess(ROLLOUT_CONFLICTS_REDUCED, COMPLETE, "Release calendar shared"), OWEN)
                    .expectEvents(assessed(ROLLOUT_CONFLICTS_REDUCED, COMPLETE, "Release calendar shared"),
                            new PostureRecommendationChanged(PILOT, Posture.AUTHORIZE_DEPLOYMENT,
                                    Posture.CONTROLLED_INVESTMENT, CHECKLIST_ONLY,
                                    List.of(StabilizationDomain.values()),
                                    "All six stabilization domains are established", T1));
        }

        @Test
        void anItemNeverAssessedCountsAsNotStarted() {
            activate(CHECKLIST_ONLY, checklistOnly());
            List<Object> given = new ArrayList<>(List.of(registered(), firstRecommendation()));
            Arrays.stream(StabilizationDomain.values()).forEach(domain -> given.add(signal(domain, ESTABLISHED, T0)));
            fixture.given(given)
                    .when(assess(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner"), OWEN)
                    .expectEvents(assessed(LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE, "Owner"),
                            notStartedHoldsBack());
        }

        @Test
        void anItemSetBackToNotStartedTakesDeploymentBack() {
            activate(CHECKLIST_ONLY, checklistOnly());
            fixture.given(allEstablishedWithAllButOneItemComplete(notStartedHoldsBack(),
                            assessed(ROLLOUT_CONFLICTS_REDUCED, COMPLETE, "Release calendar shared"),
                            new PostureRecommendationChanged(PILOT, Posture.AUTHORIZE_DEPLOYMENT,
                                    Posture.CONTROLLED_INVESTMENT, CHECKLIST_ONLY,
                                    List.of(StabilizationDomain.values()),
                                    "All six stabilization domains are established", T1)))
                    .when(new AssessChecklistItem(PILOT, ROLLOUT_CONFLICTS_REDUCED, NOT_STARTED,
                            "Two units now claim the same release window", T2), OWEN)
                    .expectEvents(new ChecklistItemAssessed(PILOT, ROLLOUT_CONFLICTS_REDUCED, NOT_STARTED,
                                    "Two units now claim the same release window", "owen", T2),
                            new SignalRecorded(PILOT, PORTFOLIO_COORDINATION, UNSETTLED, "Readiness checklist: "
                                    + "competing deployment priorities aligned: Complete; operational dependencies "
                                    + "visible: Complete; rollout conflicts reduced: Not started",
                                    ChecklistReading.SOURCE, T2, null, "owen", T2),
                            new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT,
                                    Posture.AUTHORIZE_DEPLOYMENT, CHECKLIST_ONLY, List.of(PORTFOLIO_COORDINATION),
                                    "Bounded scope while Portfolio Coordination is unsettled", T2));
        }

        private void activate(String version, ReadinessRules rules) {
            policies.record(new ReadinessPolicyProposed(version, rules, "alex", "The articles' gate", BEFORE));
            policies.record(new ReadinessPolicyActivated(version, "v1", BEFORE, "alex", "The articles' gate"));
        }

        /** Version 1's domains, and of the evidence only the checklist: the others belong to other tests. */
        private static ReadinessRules checklistOnly() {
            return new ReadinessRules(ReadinessRules.V1.pauseGates(), ReadinessRules.V1.gateMinimum(),
                    ReadinessRules.V1.deploymentRequires(), Set.of(DeploymentEvidence.CHECKLIST_STARTED));
        }

        private PostureRecommendationChanged notStartedHoldsBack() {
            return new PostureRecommendationChanged(PILOT, Posture.CONTROLLED_INVESTMENT, Posture.PAUSE,
                    CHECKLIST_ONLY, List.of(), "Authorize Deployment also needs no readiness checklist item Not "
                    + "started", T1);
        }

        /** Six domains established by signals, every checklist item Complete but the last, then what follows. */
        private List<Object> allEstablishedWithAllButOneItemComplete(Object... then) {
            List<Object> given = new ArrayList<>(List.of(registered(), firstRecommendation()));
            Arrays.stream(StabilizationDomain.values()).forEach(domain -> given.add(signal(domain, ESTABLISHED, T0)));
            Arrays.stream(ChecklistCriterion.values()).filter(criterion -> criterion != ROLLOUT_CONFLICTS_REDUCED)
                    .forEach(criterion -> given.add(assessed(criterion, COMPLETE, "Done")));
            given.addAll(List.of(then));
            return given;
        }
    }

    private static AssessChecklistItem assess(ChecklistCriterion criterion, ChecklistStatus status, String evidence) {
        return new AssessChecklistItem(PILOT, criterion, status, evidence, T1);
    }

    private static ChecklistItemAssessed assessed(ChecklistCriterion criterion, ChecklistStatus status,
                                                  String evidence) {
        return new ChecklistItemAssessed(PILOT, criterion, status, evidence, "owen", T1);
    }

    private static SignalRecorded fromChecklist(StabilizationDomain domain, ReadinessLevel level, String first,
                                                String second, String third, Instant at) {
        List<ChecklistCriterion> criteria = ChecklistCriterion.of(domain);
        return new SignalRecorded(PILOT, domain, level, "Readiness checklist: " + criteria.get(0).words() + ": " + first
                + "; " + criteria.get(1).words() + ": " + second + "; " + criteria.get(2).words() + ": " + third,
                ChecklistReading.SOURCE, at, null, "owen", at);
    }

    private static SignalRecorded signal(StabilizationDomain domain, ReadinessLevel level, Instant observedAt) {
        return new SignalRecorded(PILOT, domain, level, "Evidence for " + domain, "gate review", observedAt, null,
                "owen", observedAt);
    }

    private static PilotRegistered registered() {
        return new PilotRegistered(PILOT, "Demand forecasting", "Merchandising", "VP Merchandising", "owen",
                "Markdowns and stockouts", "Heuristic forecast", "+15% accuracy on top 5% SKUs",
                Money.of("1200000.00", "USD"), "No accuracy gain by day 75", "pam", T0, List.of());
    }

    /** Pause while the two other gates have no reading: operational ownership has one. */
    private static PostureRecommendationChanged gatesButOwnershipMissing(Instant at) {
        return new PostureRecommendationChanged(PILOT, Posture.PAUSE, Posture.PAUSE, "v1",
                List.of(GOVERNANCE_CONTINUITY, PRODUCTION_ECONOMICS), "Pause while Governance Continuity has no "
                + "reading yet, Production Economics has no reading yet", at);
    }

    private static PostureRecommendationChanged firstRecommendation() {
        return new PostureRecommendationChanged(PILOT, Posture.PAUSE, null, "v1", GATES, "Pause while Operational "
                + "Ownership has no reading yet, Governance Continuity has no reading yet, Production Economics has "
                + "no reading yet", T0);
    }
}
