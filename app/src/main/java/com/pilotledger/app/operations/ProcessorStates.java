package com.pilotledger.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * How each event processor stands on this instance: running or not, and per segment it holds whether it is in error
 * and how far behind the store's head it is. Lag is counted in global index positions (events of every segment), so
 * it is an upper bound of the events a segment has left.
 */
@Component
public class ProcessorStates {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProcessorStates(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProcessorState> current() {
        long head = headPosition();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .map(processor -> state(processor, head))
                .sorted(Comparator.comparing(ProcessorState::name)).toList();
    }

    private static ProcessorState state(StreamingEventProcessor processor, long head) {
        List<SegmentState> segments = processor.processingStatus().values().stream()
                .map(status -> segment(status, head))
                .sorted(Comparator.comparingInt(SegmentState::segment)).toList();
        return new ProcessorState(processor.getName(), processor.isRunning(), processor.isError(),
                segments.stream().mapToLong(SegmentState::lag).max().orElse(0), segments);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static SegmentState segment(EventTrackerStatus status, long head) {
        long position = status.getCurrentPosition().orElse(0);
        return new SegmentState(status.getSegment().getSegmentId(), position, Math.max(0, head - position),
                status.isErrorState(), status.getError() == null ? null : status.getError().toString(),
                status.isReplaying());
    }

    /**
     * One processor: stopped, in error (a segment failed and waits to retry), or running; its lag is that of its
     * segment furthest behind.
     */
    public record ProcessorState(String name, boolean running, boolean inError, long lag,
                                 List<SegmentState> segments) {

        public boolean healthy() {
            return running && !inError && segments.stream().noneMatch(SegmentState::inError);
        }
    }

    /** One segment this instance processes. */
    public record SegmentState(int segment, long position, long lag, boolean inError, String error,
                               boolean replaying) {
    }
}
