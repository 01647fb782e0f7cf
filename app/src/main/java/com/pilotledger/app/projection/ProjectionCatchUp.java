package com.pilotledger.app.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * How far every event handler has come against the store's head: whether the views show the whole store (the board's
 * "catching up"), the waits of a rebuild and of the tests. A command's own read-your-writes waits only for its events
 * ({@link ReadYourWrites}).
 * <p>
 * Segments this instance processes are watched in memory. Segments another instance holds are watched through the
 * token it committed with its last batch ({@link RecentlyCommitted}); an idle segment's token is committed at least
 * every claim-extension interval (see the processor configuration), so a wait for it is bounded by that interval.
 */
@Component
public class ProjectionCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ProjectionCatchUp.class);
    private static final long POLL_NANOS = Duration.ofMillis(3).toNanos();

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final RecentlyCommitted committed;

    public ProjectionCatchUp(EventStore eventStore, EventProcessingConfiguration processing, JdbcTemplate jdbc,
                             RecentlyCommitted committed) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.jdbc = jdbc;
        this.committed = committed;
    }

    /** Waits until every handler has processed the store up to its current head. */
    public boolean awaitCurrentHead(Duration within) {
        return awaitHead(eventStore.createHeadToken(), System.nanoTime() + within.toNanos());
    }

    /** Waits until every handler has processed the store up to the given head. */
    boolean awaitHead(TrackingToken head, Duration within) {
        return awaitHead(head, System.nanoTime() + within.toNanos());
    }

    /** Whether every handler has processed the store up to its current head, without waiting. */
    public boolean current() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null || streamingProcessors().stream().allMatch(processor -> caughtUp(processor, head));
    }

    /** The store's head as a position (the global index of its last event), 0 for an empty store. */
    public long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /**
     * How far the slowest handler has come, as a position in the store: per handler the lowest position of the
     * segments this instance processes, or, when it processes none here (stopped, or held elsewhere), of the tokens
     * committed for it.
     */
    public long slowestPosition() {
        return streamingProcessors().stream().mapToLong(this::position).min().orElse(0);
    }

    private long position(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> local = processor.processingStatus().values();
        if (!local.isEmpty()) {
            return local.stream().mapToLong(status -> position(status.getTrackingToken())).min().orElse(0);
        }
        return committed.of(processor.getName()).stream()
                .mapToLong(segment -> position(segment.token())).min().orElse(0);
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    /** The store's head now: the position the next catch-up or rebuild aims for. */
    TrackingToken head() {
        return eventStore.createHeadToken();
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
        return localCaughtUp && (coverAllSegments(local) || restCommittedUpTo(processor.getName(), local, head));
    }

    /**
     * True when the segments this instance processes together make up the whole event stream: each segment of mask m
     * is 1/(m+1) of it. Until then (start-up, or a segment held elsewhere) the statuses cannot prove a catch-up.
     */
    public static boolean coverAllSegments(Collection<EventTrackerStatus> segments) {
        int widest = segments.stream().mapToInt(status -> status.getSegment().getMask() + 1).max().orElse(0);
        return widest > 0 && segments.stream()
                .mapToInt(status -> widest / (status.getSegment().getMask() + 1)).sum() == widest;
    }

    /**
     * Every segment not processed here is claimed by another instance (not merely unclaimed at start-up) and has
     * committed a token that covers the head.
     */
    private boolean restCommittedUpTo(String processorName, Collection<EventTrackerStatus> local, TrackingToken head) {
        Set<Integer> mine = local.stream().map(status -> status.getSegment().getSegmentId()).collect(Collectors.toSet());
        List<RecentlyCommitted.CommittedSegment> segments = committed.of(processorName);
        return !segments.isEmpty() && segments.stream()
                .filter(segment -> !mine.contains(segment.segment().getSegmentId()))
                .allMatch(segment -> segment.heldElsewhere() && covers(segment.token(), head));
    }

    private boolean covers(EventTrackerStatus status, TrackingToken head) {
        return covers(status.getTrackingToken(), head);
    }

    /**
     * The token has processed every committed event up to the head. Its gaps below the head are either events still
     * being committed by someone else, or sequence numbers burned by a rolled-back append (a lost race), which stay
     * gaps until Axon's gap timeout: only gaps that hold a committed event mean something is left to process.
     */
    private boolean covers(TrackingToken token, TrackingToken head) {
        if (token == null) {
            return false;
        }
        if (token.covers(head)) {
            return true;
        }
        long headIndex = head.position().orElse(Long.MAX_VALUE);
        if (token.position().orElse(-1) < headIndex) {
            return false;
        }
        List<Long> gaps = WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> gapAware.getGaps().headSet(headIndex + 1).stream().toList())
                .orElse(List.of());
        return !gaps.isEmpty() && committedAmong(gaps) == 0;
    }

    /** Only the JDBC store's tokens have gaps: over Axon Server (gap-free tokens) the event table is never read. */
    private long committedAmong(List<Long> gaps) {
        String positions = gaps.stream().map(String::valueOf).collect(Collectors.joining(","));
        Long committed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry WHERE global_index IN (" + positions + ")", Long.class);
        return committed == null ? 0 : committed;
    }
}
