package com.pilotledger.app.web;

import static org.mockito.Mockito.when;

import com.pilotledger.api.capital.ApprovalsInbox;

import org.junit.jupiter.api.BeforeEach;

import com.pilotledger.api.metric.KillComparison;
import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.app.portfolio.ConditionalViews;
import com.pilotledger.app.StrictJson;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.idempotency.IdempotencyProperties;
import com.pilotledger.app.idempotency.IdempotencyRecords;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.capital.ApprovalInbox;
import com.pilotledger.app.pilot.PilotRegistration;
import com.pilotledger.app.projection.ViewsCatchingUp;
import com.pilotledger.app.review.GateReviewBadges;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.portfolio.AsOfParameter;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.projection.RebuildStatus;
import com.pilotledger.app.security.LedgerUsers;
import com.pilotledger.app.security.ProblemResponses;
import com.pilotledger.app.security.SecurityConfiguration;
import com.pilotledger.app.security.SignInLimits;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The board's registration form gives one metric's thresholds and one measurable kill criterion to the pilot. */
@WebMvcTest(controllers = BoardPage.class)
@Import({SecurityConfiguration.class, ProblemResponses.class, StrictJson.class, ChartData.class,
        PilotRegistration.class, RebuildStatus.class, AsOfControl.class, AsOfParameter.class, ApprovalInbox.class,
        RegistrationFormPageTest.FixedClock.class})
@EnableConfigurationProperties({LedgerUsers.class, PortfolioCurrency.class, SignInLimits.class,
        IdempotencyProperties.class})
class RegistrationFormPageTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ConditionalViews conditionalViews;

    @MockitoBean
    PortfolioReader reader;
    @MockitoBean
    CommandSender commands;
    @MockitoBean
    IdempotencyRecords idempotencyRecords;
    @MockitoBean
    DecisionContexts decisionContexts;

    /** The board's gate review badges (a query); none here. */
    @MockitoBean
    GateReviewBadges gateReviewBadges;

    /** Whether the views are current; here they always are. */
    @MockitoBean
    ViewsCatchingUp catchingUp;

    /** The navigation counts the requests waiting for the signed-in checker: none here. */
    @BeforeEach
    void nothingWaitsForApproval() {
        when(reader.inbox(any())).thenReturn(new ApprovalsInbox(List.of()));
    }

    @Test
    void theThresholdsOfTheChosenMetricAndTheKillCriterionAreRegisteredWithThePilot() throws Exception {
        mvc.perform(registration()
                        .param("thresholdMetric", "TASK_COMPLETION_RATE").param("thresholdBaseline", "88")
                        .param("thresholdTarget", "95").param("thresholdMinimum", "80").param("thresholdKill", "70")
                        .param("killMetric", "HUMAN_ESCALATION_RATE").param("killComparison", "ABOVE")
                        .param("killThreshold", "12.5").param("killBy", "2027-03-01"))
                .andExpect(status().is3xxRedirection());

        RegisterPilot sent = sent();
        assertThat(sent.metricThresholds()).isEqualTo(Map.of(ProductionMetric.TASK_COMPLETION_RATE,
                new MetricThresholds(new BigDecimal("88"), new BigDecimal("95"), new BigDecimal("80"),
                        new BigDecimal("70"))));
        assertThat(sent.measurableKillCriteria()).containsExactly(new KillCriterion(
                ProductionMetric.HUMAN_ESCALATION_RATE, KillComparison.ABOVE, new BigDecimal("12.5"),
                LocalDate.parse("2027-03-01")));
    }

    @Test
    void aPilotRegisteredWithoutThemHasNone() throws Exception {
        mvc.perform(registration()).andExpect(status().is3xxRedirection());

        RegisterPilot sent = sent();
        assertThat(sent.metricThresholds()).isEmpty();
        assertThat(sent.measurableKillCriteria()).isEmpty();
    }

    private static MockHttpServletRequestBuilder registration() {
        return post("/pilots").with(user("pam").roles("PORTFOLIO_MANAGER")).with(csrf())
                .param("name", "Claims triage").param("businessUnit", "Claims").param("sponsor", "VP Claims")
                .param("operationalOwner", "owen").param("problemStatement", "Slow triage")
                .param("baselineMetric", "88% completion").param("targetMetric", "95% completion")
                .param("requestedCapital", "500000").param("killCriteria", "No gain by day 60");
    }

    private RegisterPilot sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).send(command.capture(), any());
        return (RegisterPilot) command.getValue();
    }

    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);
        }
    }
}
