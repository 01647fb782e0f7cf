package com.pilotledger.app.axon;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pilotledger.api.pilot.PilotKilled;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessorFailureLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ProcessorFailureLog.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aStoppedSegmentIsLoggedAtErrorAndTheFailurePropagatesSoNoEventIsSkipped() {
        IllegalStateException failure = new IllegalStateException("database down");
        ErrorContext context = new ErrorContext("InvestmentAuthorizationProcessProcessor", failure, List.of(
                GenericEventMessage.asEventMessage(new PilotKilled("pilot-1", "Sponsor left", "pam",
                        Instant.parse("2026-06-01T10:00:00Z")))));

        assertThatThrownBy(() -> new ProcessorFailureLog(new ReplayFailures()).handleError(context)).isSameAs(failure);

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains("InvestmentAuthorizationProcessProcessor")
                    .contains("PilotKilled");
        });
    }

    @Test
    void aReplayedBatchRetriedInSavepointsIsSaidOnceAtInfoThenAtErrorIfItFailsAgain() {
        ReplayFailures replayFailures = new ReplayFailures();
        EventMessage<?> event = GenericEventMessage.asEventMessage(new PilotKilled("pilot-1", "Sponsor left", "pam",
                Instant.parse("2026-06-01T10:00:00Z")));
        replayFailures.remember(event.getIdentifier());
        IllegalStateException failure = new IllegalStateException("current transaction is aborted");
        ErrorContext context = new ErrorContext("read-models", failure, List.of(event));
        ProcessorFailureLog processorFailureLog = new ProcessorFailureLog(replayFailures);

        assertThatThrownBy(() -> processorFailureLog.handleError(context)).as("retried, never skipped")
                .isSameAs(failure);
        assertThatThrownBy(() -> processorFailureLog.handleError(context)).isSameAs(failure);

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.ERROR);
        assertThat(replayFailures.metAny()).as("the rest of the replay runs in savepoints").isTrue();
    }
}
