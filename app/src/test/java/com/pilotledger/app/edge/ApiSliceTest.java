package com.pilotledger.app.edge;

import com.pilotledger.app.portfolio.ConditionalViews;
import com.pilotledger.app.MoneyJson;
import com.pilotledger.app.StrictJson;
import com.pilotledger.app.audit.AuditController;
import com.pilotledger.app.capital.ApprovalDesk;
import com.pilotledger.app.capital.ApprovalInbox;
import com.pilotledger.app.capital.ApprovalsController;
import com.pilotledger.app.capital.AuthorizationDesk;
import com.pilotledger.app.capital.CapitalController;
import com.pilotledger.app.capital.CapitalRequests;
import com.pilotledger.app.idempotency.IdempotencyProperties;
import com.pilotledger.app.idempotency.IdempotencyRecords;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.pilot.PilotCommandController;
import com.pilotledger.app.pilot.PilotDecisions;
import com.pilotledger.app.pilot.MetricThresholdSetting;
import com.pilotledger.app.pilot.PilotRegistration;
import com.pilotledger.app.pilot.SignalRecording;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.portfolio.AsOfParameter;
import com.pilotledger.app.portfolio.PortfolioController;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.problem.ErrorEndpoint;
import com.pilotledger.app.projection.RebuildStatus;
import com.pilotledger.app.security.LedgerUsers;
import com.pilotledger.app.security.SignInLimits;
import com.pilotledger.app.security.ProblemResponses;
import com.pilotledger.app.security.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The API's edge alone: its controllers and the application services they share with the pages, the security
 * rules, the problem advice and the strict JSON mapper, with the command sender and the readers behind them mocked
 * (the one place a test double stands in: the edge is what is tested, and nothing it refuses may reach the bus).
 */
@WebMvcTest(controllers = {PilotCommandController.class, PortfolioController.class, CapitalController.class,
        ApprovalsController.class, AuditController.class, ErrorEndpoint.class})
@Import({SecurityConfiguration.class, ProblemResponses.class, StrictJson.class, MoneyJson.class,
        PilotRegistration.class, SignalRecording.class, PilotDecisions.class, ApprovalDesk.class, ApprovalInbox.class,
        RebuildStatus.class, MetricThresholdSetting.class, AsOfParameter.class, ApiSliceTest.FixedClock.class})
@EnableConfigurationProperties({LedgerUsers.class, PortfolioCurrency.class, SignInLimits.class,
        IdempotencyProperties.class})
abstract class ApiSliceTest {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ConditionalViews conditionalViews;

    @MockitoBean
    CommandSender commands;
    @MockitoBean
    PortfolioReader reader;
    @MockitoBean
    AuthorizationDesk desk;
    @MockitoBean
    CapitalRequests requests;
    /** The Idempotency-Key's store (a database table); these requests send no key, so nothing is claimed in it. */
    @MockitoBean
    IdempotencyRecords idempotencyRecords;

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    /** A JSON body sent as the given demo user. */
    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(httpBasic(user, "pilot-ledger")).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** What every refusal of the API looks like: a problem body with a type and a code. */
    static void isProblem(ResultActions result, String code) throws Exception {
        result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.type").value("urn:pilot-ledger:problem:" + code.toLowerCase().replace('_', '-')));
    }

    static class FixedClock {

        @org.springframework.context.annotation.Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
