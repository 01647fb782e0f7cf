package com.pilotledger.app.projection;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    public ProjectionRebuild(ProjectionCatchUp catchUp, JdbcTemplate jdbc) {
        this.catchUp = catchUp;
        this.jdbc = jdbc;
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
        // The tables were emptied and refilled: fresh statistics, or the planner keeps planning for empty tables.
        jdbc.execute("ANALYZE");
        log.info("Rebuilt all projections in {} ms (caught up: {})",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), caughtUp);
        return caughtUp;
    }
}
