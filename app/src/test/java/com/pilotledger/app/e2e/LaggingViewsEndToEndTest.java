package com.pilotledger.app.e2e;

import com.pilotledger.app.projection.ProjectionCatchUp;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Supplier;

import static com.pilotledger.app.e2e.Requests.authorization;
import static com.pilotledger.app.e2e.Requests.reason;
import static com.pilotledger.app.e2e.Requests.registration;
import static com.pilotledger.app.e2e.Requests.signal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write whose views lag behind (a burst of writes; here the read models are stopped) is still a write: 202 with the
 * location of the view that will show it, never a 404 for a pilot that was just registered, nor a view without the
 * write. An approval answers 202 at its request until the request shows the authorization. A command waits only for
 * the processors that handle its own events: another processor that is stopped does not hold it back.
 */
class LaggingViewsEndToEndTest extends EndToEndTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--pilot-ledger.projections.read-your-writes-timeout=300ms",
                "--pilot-ledger.capital.decision-timeout=1s"};
    }

    @Test
    void aRegistrationTheViewsDoNotShowYetIsAcceptedAtItsLocation() {
        long events = ledger.eventCount();
        LedgerClient.Response registered = whileStopped("read-models", () -> client.post("pam", "/api/pilots",
                registration("Shelf scanning", "Stores", "owen", "80000.00")));

        assertThat(registered.status()).isEqualTo(202);
        assertThat(registered.header("Location")).startsWith("/api/pilots/");
        assertThat(ledger.eventCount()).as("registered, owned by owen, first recommendation").isEqualTo(events + 3);
        awaitViews();
        assertThat(client.get("ada", registered.header("Location")).body().at("/summary/name").asString())
                .isEqualTo("Shelf scanning");
    }

    @Test
    void aSignalPauseAndKillTheViewsDoNotShowYetAreAcceptedAtThePilotsLocation() {
        String pilot = client.post("pam", "/api/pilots", registration("Queue forecasting", "Stores", "owen",
                "60000.00")).header("Location");

        LedgerClient.Response signal = whileStopped("read-models", () -> client.post("owen", pilot + "/signals",
                signal("OPERATIONAL_OWNERSHIP", "ESTABLISHED", "Store operations owns the queue forecast")));
        LedgerClient.Response pause = whileStopped("read-models", () -> client.post("pam", pilot + "/pause",
                reason("Forecasts drift on public holidays")));
        LedgerClient.Response kill = whileStopped("read-models", () -> client.post("pam", pilot + "/kill",
                reason("No fewer queues by day 60")));

        for (LedgerClient.Response lagging : new LedgerClient.Response[] {signal, pause, kill}) {
            assertThat(lagging.status()).isEqualTo(202);
            assertThat(lagging.header("Location")).isEqualTo(pilot);
        }
        awaitViews();
        String shown = client.get("ada", pilot).body().toString();
        assertThat(shown).contains("Store operations owns the queue forecast").contains("KILLED");
    }

    @Test
    void anApprovalWhoseAuthorizationTheViewsDoNotShowYetIsAcceptedAtTheRequest() {
        String pilot = client.post("pam", "/api/pilots", registration("Route planning", "Stores", "owen",
                "90000.00")).header("Location");
        String approval = client.post("eve", pilot + "/authorizations", authorization("CONTROLLED_INVESTMENT",
                "1200000.00", "All depots in two waves", "Board priority")).header("Location");
        Eventually.within(Duration.ofSeconds(30), () -> "AWAITING_APPROVAL".equals(status(approval)) ? approval : null);

        LedgerClient.Response approved = whileStopped("InvestmentAuthorizationProcessProcessor",
                () -> client.post("ethan", approval + "/approve", ""));

        assertThat(approved.status()).as("approved, not yet authorized: never 200 with a request still open")
                .isEqualTo(202);
        assertThat(approved.header("Location")).isEqualTo(approval);
        assertThat(Eventually.within(Duration.ofSeconds(30),
                () -> "AUTHORIZED".equals(status(approval)) ? status(approval) : null)).isEqualTo("AUTHORIZED");
    }

    @Test
    void aStoppedProcessorThatDoesNotHandleTheCommandsEventsDoesNotHoldItBack() {
        String pilot = client.post("pam", "/api/pilots", registration("Price tag checks", "Stores", "owen",
                "40000.00")).header("Location");

        LedgerClient.Response signal = whileStopped("readiness-policy-rollout", () -> client.post("owen",
                pilot + "/signals", signal("GOVERNANCE_CONTINUITY", "STABILIZING", "Monthly steering review")));

        assertThat(signal.status()).isEqualTo(200);
        assertThat(signal.body().toString()).contains("Monthly steering review");
    }

    @Test
    void aStoppedProcessThatDoesNotHandleTheCommandsEventsDoesNotHoldItBack() {
        String pilot = client.post("pam", "/api/pilots", registration("Markdown pricing", "Stores", "owen",
                "45000.00")).header("Location");

        LedgerClient.Response signal = whileStopped("InvestmentAuthorizationProcessProcessor", () -> client.post(
                "owen", pilot + "/signals", signal("DEPLOYMENT_SEQUENCING", "STABILIZING", "Stores go in three waves")));

        assertThat(signal.status()).isEqualTo(200);
        assertThat(signal.body().toString()).contains("Stores go in three waves");
    }

    @Test
    void aSignalTheViewsShowInTimeAnswersWithThePilot() {
        String pilot = client.post("pam", "/api/pilots", registration("Staff rostering", "Stores", "owen",
                "30000.00")).header("Location");

        LedgerClient.Response signal = client.post("owen", pilot + "/signals",
                signal("PRODUCTION_ECONOMICS", "STABILIZING", "Cost per roster known"));

        assertThat(signal.status()).isEqualTo(200);
        assertThat(signal.body().toString()).contains("Cost per roster known");
    }

    private <T> T whileStopped(String processorName, Supplier<T> request) {
        EventProcessor processor = ledger.bean(EventProcessingConfiguration.class).eventProcessor(processorName)
                .orElseThrow();
        processor.shutDown();
        try {
            return request.get();
        } finally {
            processor.start();
        }
    }

    private String status(String request) {
        return client.get("ada", request).body().at("/status").asString();
    }

    private void awaitViews() {
        assertThat(ledger.bean(ProjectionCatchUp.class).awaitCurrentHead(Duration.ofSeconds(30))).isTrue();
    }
}
