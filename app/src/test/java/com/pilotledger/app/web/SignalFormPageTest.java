package com.pilotledger.app.web;

import com.pilotledger.api.capital.ApprovalsInbox;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.FindPilotDetail;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.portfolio.Recommendation;
import com.pilotledger.app.StrictJson;
import com.pilotledger.app.capital.ApprovalDesk;
import com.pilotledger.app.capital.AuthorizationDesk;
import com.pilotledger.app.capital.CapitalRequests;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.idempotency.IdempotencyProperties;
import com.pilotledger.app.idempotency.IdempotencyRecords;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.pilot.PilotDecisions;
import com.pilotledger.app.pilot.SignalRecording;
import com.pilotledger.app.portfolio.AsOfParameter;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.projection.RebuildStatus;
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
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The signal form refuses in words, next to the field, and a value of the wrong type is no 500. */
@WebMvcTest(controllers = PilotPage.class)
@Import({SecurityConfiguration.class, ProblemResponses.class, StrictJson.class, ChartData.class,
        SignalRecording.class, PilotDecisions.class, ApprovalDesk.class, RebuildStatus.class,
        AsOfControl.class, AsOfParameter.class, SignalFormPageTest.FixedClock.class})
@EnableConfigurationProperties({LedgerUsers.class, PortfolioCurrency.class, SignInLimits.class,
        IdempotencyProperties.class})
class SignalFormPageTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Autowired
    MockMvc mvc;
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

    @BeforeEach
    void aPilotToRecordFor() {
        Money none = Money.of("0.00", "USD");
        BoardRow row = new BoardRow("p-1", "Demand forecasting", "Merchandising", "VP Merchandising", "Maria Chen",
                PilotStatus.PROPOSED, Posture.PAUSE, Posture.PAUSE, false, Map.of(), Money.of("1000.00", "USD"),
                none, none, false, NOW, 0, NOW, false, null, null);
        when(reader.pilot(new FindPilotDetail("p-1"))).thenReturn(new PilotDetail(row, "Markdowns", "Heuristic", "+15%", "Day 75", "pam",
                NOW, new Recommendation(Posture.PAUSE, "1", List.of(), "No readings yet", NOW), List.of(), List.of(),
                List.of(), List.of()));
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

    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
