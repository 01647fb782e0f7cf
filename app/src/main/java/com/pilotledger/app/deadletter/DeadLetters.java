package com.pilotledger.app.deadletter;

import com.pilotledger.app.axon.DeadLetterConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/**
 * The parked events of every processing group, read and retried through Axon's own dead-letter queues and
 * processors: a retry processes the sequence's first letter with the group's handlers and, if that succeeds, the ones
 * behind it, each in a savepoint; a letter that fails again stays parked with its new error and one more retry.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every parked event, by group, then sequence, then place in the sequence. */
    public List<ParkedEvent> list() {
        List<ParkedEvent> parked = new ArrayList<>();
        queues().forEach((group, queue) -> queue.deadLetters().forEach(sequence ->
                sequence.forEach(letter -> parked.add(parkedEvent(group, letter)))));
        parked.sort(Comparator.comparing(ParkedEvent::processingGroup).thenComparing(ParkedEvent::sequence)
                .thenComparingLong(ParkedEvent::sequenceIndex));
        return parked;
    }

    /** Parked events per processing group (every parking group listed, zeros included). */
    public Map<String, Long> countByGroup() {
        Map<String, Long> counts = new TreeMap<>();
        queues().forEach((group, queue) -> counts.put(group, queue.size()));
        return counts;
    }

    /** Tries the sequence's parked events again, in order, with the group's handlers. */
    public RetryOutcome retry(String group, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queues().get(group);
        if (queue == null || !queue.contains(sequence)) {
            throw new DeadLetterNotFoundException(group, sequence);
        }
        boolean resolved = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new DeadLetterNotFoundException(group, sequence))
                .process(letter -> letter instanceof JdbcDeadLetter<?> stored
                        && stored.getSequenceIdentifier().equals(sequence));
        List<ParkedEvent> stillParked = StreamSupport.stream(queue.deadLetterSequence(sequence).spliterator(), false)
                .map(letter -> parkedEvent(group, letter)).toList();
        log.info("Retried parked sequence {} of processing group {}: {}", sequence, group,
                stillParked.isEmpty() ? "resolved" : stillParked.size() + " event(s) still parked");
        return new RetryOutcome(group, sequence, resolved && stillParked.isEmpty(), stillParked);
    }

    private Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues() {
        Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new TreeMap<>();
        DeadLetterConfiguration.PARKING_GROUPS.forEach(group ->
                processing.deadLetterQueue(group).ifPresent(queue -> queues.put(group, queue)));
        return queues;
    }

    private static ParkedEvent parkedEvent(String group, DeadLetter<? extends EventMessage<?>> letter) {
        JdbcDeadLetter<?> stored = (JdbcDeadLetter<?>) letter;
        Object retries = letter.diagnostics().get(DeadLetterConfiguration.RETRIES);
        return new ParkedEvent(group, stored.getSequenceIdentifier(), stored.getSequenceIndex(),
                letter.message().getPayloadType().getSimpleName(), letter.message().getIdentifier(),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), retries instanceof Number count ? count.intValue() : 0);
    }
}
