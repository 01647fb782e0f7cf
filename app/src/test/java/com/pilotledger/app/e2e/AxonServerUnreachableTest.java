package com.pilotledger.app.e2e;

import com.pilotledger.app.integrity.EventSealer;
import com.pilotledger.app.operations.SealedLogSettingAnalyzer;
import com.pilotledger.app.operations.SplitDataAnalyzer;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static com.pilotledger.app.e2e.Requests.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The application configured for Axon Server while no Axon Server answers (a closed port): it starts, keeps its events
 * out of the database (no JDBC event store is declared), answers commands 503 with {@code Retry-After} and nothing
 * recorded, and keeps serving the views, which are in the database. It keeps no sealed log, so its endpoints answer
 * 409, and a start that does not say so is refused. Runs in the default suite only: the Axon Server suite points the
 * application at a real server.
 */
class AxonServerUnreachableTest {

    private static final String NO_SEALED_LOG = "--pilot-ledger.integrity.sealed-log=false";

    @Test
    void commandsAnswer503AndReadsKeepWorkingWhileAxonServerIsUnreachable() {
        try (RunningLedger ledger = new RunningLedger(axonServerAt(closedPort(),
                "--pilot-ledger.axonserver.single-instance=true", NO_SEALED_LOG))) {
            assertThat(ledger.beans(EventStorageEngine.class)).as("no JDBC event storage engine").isEmpty();
            assertThat(ledger.beans(EventStore.class).values()).as("the event store is Axon Server's")
                    .singleElement().isInstanceOf(AxonServerEventStore.class);
            assertThat(ledger.bean(CommandBus.class)).as("commands travel through Axon Server")
                    .isInstanceOf(AxonServerCommandBus.class);
            assertThat(ledger.bean(QueryBus.class)).as("queries stay local").isInstanceOf(SimpleQueryBus.class);
            assertThat(ledger.bean(CommandGateway.class)).isNotNull();

            LedgerClient client = ledger.client();
            LedgerClient.Response refused = client.post("pam", "/api/pilots",
                    registration("Shelf gaps", "Merchandising", "owen", "100000.00"));
            assertThat(refused.status()).as(refused.text()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body().path("code").asText()).isEqualTo("COMMANDS_UNAVAILABLE");
            assertThat(ledger.eventCount()).as("nothing went to the database's event table").isZero();

            LedgerClient.Response board = client.get("pam", "/api/pilots");
            assertThat(board.status()).as(board.text()).isEqualTo(200);
            HttpResponse<String> page = PageSession.signIn(ledger.port(), "pam").get("/");
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        }
    }

    @Test
    void noSealedLogIsKeptSoItsEndpointsAnswer409AndTheAuditPageSaysSo() {
        try (RunningLedger ledger = new RunningLedger(axonServerAt(closedPort(),
                "--pilot-ledger.axonserver.single-instance=true", NO_SEALED_LOG))) {
            assertThat(ledger.beans(EventSealer.class)).as("nothing seals").isEmpty();
            LedgerClient client = ledger.client();
            for (LedgerClient.Response refused : List.of(client.post("ada", "/api/integrity/verification", ""),
                    client.get("ada", "/api/integrity/verification"), client.get("ada", "/api/integrity/public-key"),
                    client.get("ada", "/api/integrity/checkpoints/latest"),
                    client.get("ada", "/api/audit/evidence-pack"))) {
                assertThat(refused.status()).as(refused.text()).isEqualTo(409);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.body().path("code").asText()).isEqualTo("SEALED_LOG_NOT_KEPT");
            }
            assertThat(client.get("owen", "/api/audit/evidence-pack").status()).as("still the auditors' only")
                    .isEqualTo(403);

            HttpResponse<String> page = PageSession.signIn(ledger.port(), "ada").get("/audit");
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("No sealed log is kept").doesNotContain("id=\"verify-now\"",
                    "id=\"pack-portfolio\"");
        }
    }

    @Test
    void axonServerWithoutSayingThatNoSealedLogIsKeptIsRefusedWithOneLineSayingWhatToDo() {
        Throwable failure = catchThrowable(() -> new RunningLedger(axonServerAt(closedPort(),
                "--pilot-ledger.axonserver.single-instance=true")).close());

        FailureAnalysis analysis = new SealedLogSettingAnalyzer().analyze(failure);
        assertThat(analysis).as("refused by the sealed-log check: %s", failure).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Axon Server is enabled (axon.axonserver.enabled=true)")
                .contains("--pilot-ledger.integrity.sealed-log=false").doesNotContain("\n");
    }

    @Test
    void axonServerOnTheEmbeddedDatabaseIsRefusedWithOneLineSayingWhatToDo() {
        Throwable failure = catchThrowable(() -> new RunningLedger(axonServerAt(closedPort(), NO_SEALED_LOG)).close());

        FailureAnalysis analysis = new SplitDataAnalyzer().analyze(failure);
        assertThat(analysis).as("refused by the split-data check: %s", failure).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Axon Server is enabled (axon.axonserver.enabled=true) on the embedded H2 database")
                .contains("--spring.profiles.active=postgres", "--pilot-ledger.axonserver.single-instance=true")
                .doesNotContain("\n");
    }

    private static String[] axonServerAt(int port, String... more) {
        return Stream.concat(Stream.of("--axon.axonserver.enabled=true", "--axon.axonserver.servers=127.0.0.1:" + port,
                "--axon.axonserver.connect-timeout=500", "--axon.axonserver.reconnect-interval=500"), Stream.of(more))
                .toArray(String[]::new);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
