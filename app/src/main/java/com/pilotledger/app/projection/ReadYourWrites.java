package com.pilotledger.app.projection;

import com.pilotledger.app.axon.AxonMessagingConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Read-your-writes per command: waits (bounded) until the processors that handle a command's events have processed
 * those very events, by their positions in the store, then the same for the events those set off. Only the processors
 * and segments that handle them are watched, so a processor that is stuck or busy elsewhere delays no one else's
 * command, and other users' steady writes do not lengthen the wait.
 * <p>
 * A segment this instance processes is watched in memory, through its tracking token. A segment another instance
 * holds is watched through the token it committed, as this instance last read them all ({@link RecentlyCommitted}),
 * and only if its mask matches the event: the other segments of the processor never see it.
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();
    /** Kill → release capital is two steps; request → reserve → authorize → commit is four. */
    private static final int CAUSAL_ROUNDS = 4;

    private final EventProcessingConfiguration processing;
    private final EventStorePositions positions;
    private final RecentlyCommitted committed;
    private final Duration timeout;

    public ReadYourWrites(EventProcessingConfiguration processing, EventStorePositions positions,
                          RecentlyCommitted committed, ProjectionSettings settings) {
        this.processing = processing;
        this.positions = positions;
        this.committed = committed;
        this.timeout = settings.readYourWritesTimeout();
    }

    /** True once the views show the trail's events and what they set off; false when the timeout passed first. */
    public boolean await(CommandTrails.Trail trail) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        for (int round = 0; round < CAUSAL_ROUNDS; round++) {
            List<EventMessage<?>> events = trail.since(seen);
            if (events.isEmpty()) {
                return true;
            }
            seen += events.size();
            Map<String, Long> stored = positions.of(events.stream().map(EventMessage::getIdentifier).toList());
            for (StreamingEventProcessor processor : handlingProcessors()) {
                if (!awaitProcessed(processor, events, stored, deadline)) {
                    log.warn("{} had not processed the events of a command within {}; it answers before its views",
                            processor.getName(), timeout);
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True once the read models have processed this stored event, by its position; false when the wait passed first.
     * For a processor that builds on the views and may run ahead of them (the notifications).
     */
    public boolean awaitReadModels(TrackedEventMessage<?> event, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        long position = event.trackingToken().position()
                .orElseGet(() -> positions.of(List.of(event.getIdentifier())).get(event.getIdentifier()));
        StreamingEventProcessor readModels = processing.eventProcessor(AxonMessagingConfiguration.READ_MODELS,
                StreamingEventProcessor.class).orElseThrow();
        return awaitProcessed(readModels, List.of(event), Map.of(event.getIdentifier(), position), deadline);
    }

    private List<StreamingEventProcessor> handlingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor
                        && processor instanceof AbstractEventProcessor)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private boolean awaitProcessed(StreamingEventProcessor processor, List<EventMessage<?>> events,
                                   Map<String, Long> stored, long deadline) {
        EventHandlerInvoker invoker = ((AbstractEventProcessor) processor).eventHandlerInvoker();
        // Asked for the whole stream, not by type: a saga manager claims every type, but handles only its own events.
        List<EventMessage<?>> handled = events.stream()
                .filter(event -> stored.containsKey(event.getIdentifier())
                        && invoker.canHandle(event, Segment.ROOT_SEGMENT))
                .toList();
        while (!handled.stream().allMatch(event ->
                processed(processor, invoker, event, stored.get(event.getIdentifier())))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    /**
     * The segments that handle the event have passed its position: those this instance processes (a saga's event
     * goes to every segment; when none here claims it and all are here, every one), or else those other instances
     * hold. Before start-up has claimed the segments, or while the processor is stopped here and nowhere else, neither.
     */
    private boolean processed(StreamingEventProcessor processor, EventHandlerInvoker invoker, EventMessage<?> event,
                              long position) {
        Collection<EventTrackerStatus> local = processor.processingStatus().values();
        List<EventTrackerStatus> handling = local.stream()
                .filter(status -> invoker.canHandle(event, status.getSegment()))
                .toList();
        if (handling.isEmpty() && ProjectionCatchUp.coverAllSegments(local)) {
            handling = List.copyOf(local);
        }
        if (!handling.isEmpty()) {
            return handling.stream().allMatch(status -> passed(status.getTrackingToken(), position));
        }
        return committedElsewhere(invoker, event, position, committed.of(processor.getName()));
    }

    /**
     * The segments in the token store that handle the event are held by other instances and have committed a token
     * past its position. A segment whose mask does not match the event's sequence never sees it and is not waited
     * for; a saga's event matches every segment (its manager looks in each for the sagas associated with it). No
     * segment at all (before the processor first started) proves nothing.
     */
    static boolean committedElsewhere(EventHandlerInvoker invoker, EventMessage<?> event, long position,
                                      List<RecentlyCommitted.CommittedSegment> segments) {
        List<RecentlyCommitted.CommittedSegment> handling = segments.stream()
                .filter(segment -> invoker.canHandle(event, segment.segment()))
                .toList();
        return !handling.isEmpty() && handling.stream()
                .allMatch(segment -> segment.heldElsewhere() && passed(segment.token(), position));
    }

    /**
     * The token has processed the event at this position: it has come past it, and the position is not one of the
     * gaps it still waits for (an event committed later than ones after it).
     */
    static boolean passed(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        Optional<GapAwareTrackingToken> gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class);
        if (gapAware.isPresent()) {
            return gapAware.get().getIndex() >= position && !gapAware.get().getGaps().contains(position);
        }
        return token.position().orElse(-1) >= position;
    }
}
