package com.pilotledger.app.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Read-your-writes: after a command succeeds, waits (bounded) until every projection has processed the store up to
 * the position it had then, which includes the command's own events. A reader that follows sees the effect.
 */
@Component
public class ProjectionCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ProjectionCatchUp.class);
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    public ProjectionCatchUp(EventStore eventStore, EventProcessingConfiguration processing,
                             @Value("${pilot-ledger.projections.read-your-writes-timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = timeout;
    }

    /** Returns true when all projections caught up within the configured timeout; false (and a warning) otherwise. */
    public boolean awaitCurrentHead() {
        return awaitCurrentHead(timeout);
    }

    public boolean awaitCurrentHead(Duration timeout) {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allCaughtUpWith(head)) {
            if (System.nanoTime() > deadline) {
                log.warn("Projections did not reach {} within {}; the response may precede the views", head, timeout);
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    private boolean allCaughtUpWith(TrackingToken head) {
        return streamingProcessors().stream().allMatch(processor -> caughtUp(processor, head));
    }

    List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private static boolean caughtUp(StreamingEventProcessor processor, TrackingToken head) {
        var segments = processor.processingStatus().values();
        return coverAllSegments(segments) && segments.stream().allMatch(status -> covers(status, head));
    }

    /**
     * True when the segments this node processes together make up the whole event stream: each segment of mask m
     * is 1/(m+1) of it. Until then (start-up, or a segment held elsewhere) the statuses cannot prove a catch-up.
     */
    private static boolean coverAllSegments(Collection<EventTrackerStatus> segments) {
        int widest = segments.stream().mapToInt(status -> status.getSegment().getMask() + 1).max().orElse(0);
        return widest > 0 && segments.stream()
                .mapToInt(status -> widest / (status.getSegment().getMask() + 1)).sum() == widest;
    }

    private static boolean covers(EventTrackerStatus status, TrackingToken head) {
        TrackingToken position = status.getTrackingToken();
        return position != null && position.covers(head);
    }
}
