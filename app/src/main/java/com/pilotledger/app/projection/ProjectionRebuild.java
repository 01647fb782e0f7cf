package com.pilotledger.app.projection;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Rebuilds every projection from the event store: stop, reset the tokens (each projection's reset handler empties
 * its tables), start, and wait until the replay has reached the head of the store. Only processors that support a
 * reset are touched: sagas and policies act on new events and must not act again on old ones.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final ProjectionCatchUp catchUp;

    public ProjectionRebuild(ProjectionCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    /** Returns true when the rebuilt projections reached the head of the store within the timeout. */
    public boolean rebuildAll(Duration timeout) {
        long started = System.nanoTime();
        catchUp.streamingProcessors().stream().filter(StreamingEventProcessor::supportsReset).forEach(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        boolean caughtUp = catchUp.awaitCurrentHead(timeout);
        log.info("Rebuilt all projections in {} ms (caught up: {})",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), caughtUp);
        return caughtUp;
    }
}
