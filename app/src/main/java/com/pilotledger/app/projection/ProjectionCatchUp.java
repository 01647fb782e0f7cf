package com.pilotledger.app.projection;

import com.pilotledger.app.axon.LedgerNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Read-your-writes: after a command succeeds, waits (bounded) until every event handler of this instance has
 * processed the store up to the position it had then, which includes the command's own events, and until the
 * processes those events set off (sagas, policies) have come to rest. A reader that follows sees the effect.
 * <p>
 * Segments claimed by another instance cannot be watched from here: they are not waited for, and a caller that must
 * see a specific outcome polls the view for it (see the authorization endpoints).
 */
@Component
public class ProjectionCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ProjectionCatchUp.class);
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final LedgerNode node;
    private final Duration timeout;

    public ProjectionCatchUp(EventStore eventStore, EventProcessingConfiguration processing, JdbcTemplate jdbc,
                             LedgerNode node,
                             @Value("${pilot-ledger.projections.read-your-writes-timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.jdbc = jdbc;
        this.node = node;
        this.timeout = timeout;
    }

    /** Waits within the configured timeout until no handler has anything left to do; false (and a warning) if not. */
    public boolean awaitQuiet() {
        long deadline = System.nanoTime() + timeout.toNanos();
        TrackingToken before = eventStore.createHeadToken();
        while (true) {
            if (!awaitHead(before, deadline)) {
                log.warn("Event handlers did not come to rest within {}; the response may precede the views", timeout);
                return false;
            }
            TrackingToken after = eventStore.createHeadToken();
            if (Objects.equals(before, after)) {
                return true;
            }
            before = after;
        }
    }

    /** Waits until every handler has processed the store up to its current head. */
    public boolean awaitCurrentHead(Duration within) {
        return awaitHead(eventStore.createHeadToken(), System.nanoTime() + within.toNanos());
    }

    private boolean awaitHead(TrackingToken head, long deadline) {
        if (head == null) {
            return true;
        }
        while (!streamingProcessors().stream().allMatch(processor -> caughtUp(processor, head))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private boolean caughtUp(StreamingEventProcessor processor, TrackingToken head) {
        Collection<EventTrackerStatus> local = processor.processingStatus().values();
        boolean localCaughtUp = local.stream().allMatch(status -> covers(status, head));
        return localCaughtUp && (coverAllSegments(local) || restHeldElsewhere(processor.getName(), local));
    }

    /**
     * True when the segments this instance processes together make up the whole event stream: each segment of mask m
     * is 1/(m+1) of it. Until then (start-up, or a segment held elsewhere) the statuses cannot prove a catch-up.
     */
    private static boolean coverAllSegments(Collection<EventTrackerStatus> segments) {
        int widest = segments.stream().mapToInt(status -> status.getSegment().getMask() + 1).max().orElse(0);
        return widest > 0 && segments.stream()
                .mapToInt(status -> widest / (status.getSegment().getMask() + 1)).sum() == widest;
    }

    /** Every segment not processed here is claimed by another live instance (not merely unclaimed at start-up). */
    private boolean restHeldElsewhere(String processorName, Collection<EventTrackerStatus> local) {
        Set<Integer> mine = local.stream().map(status -> status.getSegment().getSegmentId()).collect(Collectors.toSet());
        List<Map<String, Object>> segments = jdbc.queryForList(
                "SELECT segment, owner FROM token_entry WHERE processor_name = ?", processorName);
        return !segments.isEmpty() && segments.stream()
                .filter(segment -> !mine.contains(((Number) segment.get("segment")).intValue()))
                .allMatch(segment -> segment.get("owner") != null && !node.id().equals(segment.get("owner")));
    }

    private static boolean covers(EventTrackerStatus status, TrackingToken head) {
        TrackingToken position = status.getTrackingToken();
        return position != null && position.covers(head);
    }
}
