package com.pilotledger.app.axon;

import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * A batch that fails outside what the dead-letter queues park (the authorization process, a full queue, a database
 * that is down) stops its segment, which Axon retries with a back-off and reports only at WARN. A stopped segment
 * holds up read-your-writes for everyone, so it is said at ERROR, naming the processor and the events; then the
 * failure propagates as before, so no event is skipped. The first failure of a replayed batch that a handler failed in
 * without a savepoint ({@link ReplayFailures}) is planned: said at INFO, retried the same way.
 */
final class ProcessorFailureLog implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ProcessorFailureLog.class);

    private final ReplayFailures replayFailures;

    ProcessorFailureLog(ReplayFailures replayFailures) {
        this.replayFailures = replayFailures;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        if (replayFailures.firstReportOf(context.failedEvents().stream().map(EventMessage::getIdentifier).toList())) {
            log.info("Event processor {} retries a replayed batch a handler failed in, this time in savepoints so the "
                    + "failed event can be parked", context.eventProcessor(), context.error());
            rethrow(context.error());
        }
        log.error("Event processor {} stopped a segment on {}; it retries the batch until the cause is removed",
                context.eventProcessor(), context.failedEvents().stream()
                        .map(event -> event.getPayloadType().getSimpleName() + " " + event.getIdentifier())
                        .collect(Collectors.joining(", ")), context.error());
        rethrow(context.error());
    }

    private static void rethrow(Throwable error) throws Exception {
        if (error instanceof Exception exception) {
            throw exception;
        }
        throw (Error) error;
    }
}
