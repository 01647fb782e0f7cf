package com.pilotledger.app.web;

import com.pilotledger.api.capital.ApprovalsInbox;
import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistItemView;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.checklist.ChecklistView;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.review.GateReviews;
import com.pilotledger.api.pilot.AssignPilotOwner;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.Decision;
import com.pilotledger.api.portfolio.DecisionKind;
import com.pilotledger.api.portfolio.FindPilotDetail;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.portfolio.Recommendation;
import com.pilotledger.app.portfolio.ConditionalViews;
import com.pilotledger.app.StrictJson;
import com.pilotledger.app.capital.ApprovalDesk;
import com.pilotledger.app.capital.ApprovalInbox;
import com.pilotledger.app.capital.AuthorizationDesk;
import com.pilotledger.app.capital.CapitalRequests;
import com.pilotledger.app.checklist.ReadinessChecklists;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.ninetyday.NinetyDayReviews;
import com.pilotledger.app.idempotency.IdempotencyProperties;
import com.pilotledger.app.idempotency.IdempotencyRecords;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.pilot.PilotDecisions;
import com.pilotledger.app.pilot.PilotOwnership;
import com.pilotledger.app.pilot.SignalRecording;
import com.pilotledger.app.portfolio.AsOfParameter;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.projection.RebuildStatus;
import com.pilotledger.app.review.GateReviewDesk;
import com.pilotledger.app.security.LedgerUsers;
import com.pilotledger.app.security.SignInLimits;
import com.pilotledger.app.security.ProblemResponses;
import com.pilotledger.app.security.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pilot page: its forms refuse in words, next to the field, and a value of the wrong type is no 500; it shows the
 * business case, the scope and conditions of the authorization, and the readiness checklist grouped by domain.
 */
@WebMvcTest(controllers = PilotPage.class)
@Import({SecurityConfiguration.class, ProblemResponses.class, StrictJson.class, ChartData.class,
        SignalRecording.class, PilotDecisions.class, PilotOwnership.class, ApprovalDesk.class, ApprovalInbox.class, RebuildStatus.class,
        AsOfControl.class, AsOfParameter.class, GateReviewPanel.class, SignalFormPageTest.FixedClock.class})
@EnableConfigurationProperties({LedgerUsers.class, PortfolioCurrency.class, SignInLimits.class,
        IdempotencyProperties.class})
class SignalFormPageTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ConditionalViews conditionalViews;

    @MockitoBean
    PortfolioReader reader;
    @MockitoBean
    CommandSender commands;
    @MockitoBean
    AuthorizationDesk desk;
    @MockitoBean
    CapitalRequests requests;
    /** The Idempotency-Key's store (a database table); pages send no key, so nothing is claimed in it. */
    @MockitoBean
    IdempotencyRecords idempotencyRecords;
    /** Reads the event store (a database); a pilot owner's page never asks it what a decider saw. */
    @MockitoBean
    DecisionContexts decisionContexts;
    @MockitoBean
    ReadinessChecklists checklists;

    /** Reads the production metrics (a query); a pilot without metrics shows no chart. */
    @MockitoBean
    MetricCharts metricCharts;

    /** Reads the pilot's gate reviews (a query); none here. */
    @MockitoBean
    GateReviewDesk gateReviewDesk;

    /** Asks the 90-day review's view (a database); none here. */
    @MockitoBean
    NinetyDayReviews ninetyDayReviews;

    @BeforeEach
    void aPilotToRecordFor() {
        when(gateReviewDesk.reviews("p-1")).thenReturn(new GateReviews("p-1", List.of(), List.of()));
        Money none = Money.of("0.00", "USD");
        BoardRow row = new BoardRow("p-1", "Demand forecasting", "Merchandising", "VP Merchandising", "Maria Chen",
                PilotStatus.PROPOSED, Posture.PAUSE, Posture.PAUSE, false, Map.of(), Money.of("1000.00", "USD"),
                none, none, false, NOW, 0, NOW, false, null, null, null);
        when(reader.pilot(new FindPilotDetail("p-1"))).thenReturn(new PilotDetail(row, "Markdowns", "Heuristic", "+15%", "Day 75", "pam",
                NOW, new Recommendation(Posture.PAUSE, "1", List.of(), "No readings yet", NOW), List.of(),
                List.of(new Decision(DecisionKind.AUTHORIZE, "r-1", Posture.CONTROLLED_INVESTMENT,
                        Money.of("250000.00", "USD"), "Forty stores", "Weekly accuracy review", "Bounded test",
                        Posture.PAUSE, true, "Accepted by the COO", "eve", null, null, null, NOW)),
                List.of(), List.of(), List.of("owen")));
        // Ownership fully assessed (one item Not started), every other item never assessed.
        when(checklists.find("p-1", null)).thenReturn(new ChecklistView("p-1", Arrays.stream(ChecklistCriterion.values())
                .map(criterion -> switch (criterion) {
                    case LONG_TERM_ACCOUNTABILITY_DEFINED -> assessed(criterion, ChecklistStatus.COMPLETE);
                    case PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED ->
                            assessed(criterion, ChecklistStatus.PARTIALLY_COMPLETE);
                    case CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED ->
                            assessed(criterion, ChecklistStatus.NOT_STARTED);
                    default -> ChecklistItemView.unassessed(criterion);
                }).toList()));
        when(reader.inbox(any())).thenReturn(new ApprovalsInbox(List.of()));
    }

    @Test
    void aMetricValueThatIsNotANumberIsShownNextToTheFieldAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/pilots/p-1/signals").with(user("owen").roles("PILOT_OWNER")).with(csrf())
                        .param("domain", "OPERATIONAL_OWNERSHIP").param("level", "ESTABLISHED")
                        .param("evidence", "Rota agreed").param("metricName", "cost per task")
                        .param("metricValue", "forty-two"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Metric value")));
        verify(commands, never()).send(any(), any());
    }

    @Test
    void aMissingEvidenceIsAskedForInWords() throws Exception {
        mvc.perform(post("/pilots/p-1/signals").with(user("owen").roles("PILOT_OWNER")).with(csrf())
                        .param("domain", "OPERATIONAL_OWNERSHIP").param("level", "ESTABLISHED").param("evidence", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the evidence")));
        verify(commands, never()).send(any(), any());
    }

    @Test
    void aControlCharacterInTheEvidenceIsRefused() throws Exception {
        mvc.perform(post("/pilots/p-1/signals").with(user("owen").roles("PILOT_OWNER")).with(csrf())
                        .param("domain", "OPERATIONAL_OWNERSHIP").param("level", "ESTABLISHED")
                        .param("evidence", "Rota\u0000agreed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("without control characters")));
        verify(commands, never()).send(any(), any());
    }

    @Test
    void theOwnersAreListedAndTheEvidenceFormsOfferedToTheirOwnersOnly() throws Exception {
        mvc.perform(get("/pilots/p-1").with(user("owen").roles("PILOT_OWNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-owner=\"owen\"")))
                .andExpect(content().string(containsString("Record a signal")))
                .andExpect(content().string(containsString("Assess a checklist item")))
                .andExpect(content().string(not(containsString("Assign owner"))));
        mvc.perform(get("/pilots/p-1").with(user("olivia").roles("PILOT_OWNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record a signal"))))
                .andExpect(content().string(not(containsString("Assess a checklist item"))));
        mvc.perform(get("/pilots/p-1").with(user("pam").roles("PORTFOLIO_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a signal")))
                .andExpect(content().string(containsString("Assign owner")));
    }

    @Test
    void aPortfolioManagerAssignsAnOwnerByTheirSignInNameAndABadNameIsAskedForAgain() throws Exception {
        mvc.perform(post("/pilots/p-1/owners").with(user("pam").roles("PORTFOLIO_MANAGER")).with(csrf())
                        .param("pilotOwner", "olivia"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "olivia owns this pilot: they record its evidence."));
        verify(commands).send(any(AssignPilotOwner.class), any());
        mvc.perform(post("/pilots/p-1/owners").with(user("pam").roles("PORTFOLIO_MANAGER")).with(csrf())
                        .param("pilotOwner", "Olivia Smith"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a user name")));
        mvc.perform(post("/pilots/p-1/owners").with(user("owen").roles("PILOT_OWNER")).with(csrf())
                        .param("pilotOwner", "owen"))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsTheBusinessCaseAndTheAuthorizationsScopeAndConditions() throws Exception {
        mvc.perform(get("/pilots/p-1").with(user("ada").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"problem-statement\">Markdowns</dd>")))
                .andExpect(content().string(containsString("<dd id=\"baseline-metric\">Heuristic</dd>")))
                .andExpect(content().string(containsString("<dd id=\"target-metric\">+15%</dd>")))
                .andExpect(content().string(containsString("<dd id=\"kill-criteria\">Day 75</dd>")))
                .andExpect(content().string(containsString("<dd id=\"authorized-scope\">Forty stores</dd>")))
                .andExpect(content().string(containsString("Weekly accuracy review")));
    }

    @Test
    void theChecklistShowsEachItemWithItsStatusAndWhatItsDomainReads() throws Exception {
        mvc.perform(get("/pilots/p-1").with(user("ada").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Long-term accountability defined")))
                .andExpect(content().string(containsString("Evidence for LONG_TERM_ACCOUNTABILITY_DEFINED")))
                .andExpect(content().string(containsString("Partially complete")))
                .andExpect(content().string(containsString("— the checklist reads Unsettled")))
                .andExpect(content().string(containsString("— not every item assessed yet")))
                .andExpect(content().string(containsString("Rollout conflicts reduced")))
                .andExpect(content().string(containsString("Not assessed yet")))
                .andExpect(content().string(containsString("Some items are Not started or not assessed yet")))
                .andExpect(content().string(not(containsString("Assess a checklist item"))));
    }

    @Test
    void aPilotOwnerAssessesAnItemAndIsToldWhatWasAssessed() throws Exception {
        mvc.perform(post("/pilots/p-1/checklist").with(user("owen").roles("PILOT_OWNER")).with(csrf())
                        .param("criterion", "ROLLOUT_CONFLICTS_REDUCED").param("status", "NOT_STARTED")
                        .param("checklistEvidence", "Two units share a release window"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                        "notice", "Assessed \"rollout conflicts reduced\" as Not started."));
        verify(checklists).assess(any(), any(), any(), any(), any());
    }

    @Test
    void anAssessmentWithoutStatusOrEvidenceIsAskedForInWordsAndNothingIsAssessed() throws Exception {
        mvc.perform(post("/pilots/p-1/checklist").with(user("owen").roles("PILOT_OWNER")).with(csrf())
                        .param("criterion", "ROLLOUT_CONFLICTS_REDUCED").param("checklistEvidence", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the status")))
                .andExpect(content().string(containsString("Enter the evidence")));
        verify(checklists, never()).assess(any(), any(), any(), any(), any());
    }

    @Test
    void anUnknownCriterionIsNoServerError() throws Exception {
        mvc.perform(post("/pilots/p-1/checklist").with(user("owen").roles("PILOT_OWNER")).with(csrf())
                        .param("criterion", "NO_SUCH_ITEM").param("status", "COMPLETE")
                        .param("checklistEvidence", "Done"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Checklist item")));
        verify(checklists, never()).assess(any(), any(), any(), any(), any());
    }

    private static ChecklistItemView assessed(ChecklistCriterion criterion, ChecklistStatus status) {
        return new ChecklistItemView(criterion, criterion.domain(), criterion.words(), status,
                "Evidence for " + criterion, "owen", NOW);
    }

    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
