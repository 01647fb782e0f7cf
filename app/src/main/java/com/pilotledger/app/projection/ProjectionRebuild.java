package com.pilotledger.app.projection;

import com.pilotledger.app.axon.ReplayFailures;
import com.pilotledger.app.integrity.IntegrityCheck;
import com.pilotledger.app.integrity.LedgerVerification;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Rebuilds every projection from the event store: stop, reset the tokens (each projection's reset handler empties
 * its tables, and its dead letters are dropped: the replay meets those events again), start, and wait until the
 * replay has reached the head of the store. Only processors that support a reset are touched: sagas and policies act
 * on new events and must not act again on old ones. While it runs, {@link RebuildStatus} says so, and how far: reads
 * of the views are refused rather than answered with partial figures, and the log and health show the progress.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private final ProjectionCatchUp catchUp;
    private final RebuildStatus status;
    private final JdbcTemplate jdbc;
    private final ReplayFailures replayFailures;
    /** Absent where no sealed log is kept (Axon Server): there the history is replayed as the server holds it. */
    private final ObjectProvider<LedgerVerification> verification;

    public ProjectionRebuild(ProjectionCatchUp catchUp, RebuildStatus status, JdbcTemplate jdbc,
                             ReplayFailures replayFailures, ObjectProvider<LedgerVerification> verification) {
        this.catchUp = catchUp;
        this.status = status;
        this.jdbc = jdbc;
        this.replayFailures = replayFailures;
        this.verification = verification;
    }

    /**
     * Returns true when the rebuilt projections reached the head of the store within the timeout. A history that fails
     * verification is not replayed: the views keep what they hold, and {@link HistoryFailsVerificationException} says
     * what was found, since views rebuilt from a tampered log would serve the tampering as the truth. Without a sealed
     * log (Axon Server) there is nothing to verify, and the history is replayed as stored.
     */
    public boolean rebuildAll(Duration timeout) {
        verification.ifAvailable(kept -> {
            IntegrityCheck check = kept.verifyNow();
            if (check.report() == null || !check.report().intact()) {
                throw new HistoryFailsVerificationException(check);
            }
        });
        long started = System.nanoTime();
        TrackingToken head = catchUp.head();
        long total = head == null ? 0 : head.position().orElse(0);
        status.started(total);
        try {
            List<StreamingEventProcessor> rebuilt = catchUp.streamingProcessors().stream()
                    .filter(StreamingEventProcessor::supportsReset).toList();
            replayFailures.forget();
            rebuilt.forEach(processor -> {
                processor.shutDown();
                processor.resetTokens();
                processor.start();
            });
            log.info("Rebuilding the views of {} from {} events", rebuilt.stream()
                    .map(StreamingEventProcessor::getName).toList(), total);
            boolean caughtUp = awaitReplay(rebuilt, head, started + timeout.toNanos());
            // The tables were emptied and refilled: fresh statistics, or the planner keeps planning for empty tables.
            jdbc.execute("ANALYZE");
            log.info("Rebuilt all projections in {} ms (caught up: {})",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), caughtUp);
            return caughtUp;
        } finally {
            status.finished();
        }
    }

    private boolean awaitReplay(List<StreamingEventProcessor> rebuilt, TrackingToken head, long deadline) {
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (catchUp.awaitHead(head, Duration.ofNanos(Math.min(left, PROGRESS_INTERVAL.toNanos())))) {
                return true;
            }
            long done = rebuilt.stream().flatMap(processor -> processor.processingStatus().values().stream())
                    .map(EventTrackerStatus::getCurrentPosition).mapToLong(position -> position.orElse(0))
                    .min().orElse(0);
            status.advanced(done);
            status.current().ifPresent(progress -> log.info("Rebuilding the views: {} of {} events ({}%)",
                    progress.eventsDone(), progress.eventsTotal(), progress.percent()));
        }
    }
}
