package com.pilotledger.query.support;

import com.pilotledger.api.pilot.ConcernsPilot;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pilots the events of the current processor's batch concern, so that a projection reads their rows with one
 * query when the batch's first event needs one, instead of one query per pilot.
 */
public final class BatchPilots {

    private BatchPilots() {
    }

    /**
     * The pilots of the current unit of work's events (none outside one). An event whose payload cannot be read is left
     * out here: its handler meets the failure, and the dead-letter queue parks it.
     */
    public static Set<String> current() {
        Set<String> pilots = new LinkedHashSet<>();
        if (!CurrentUnitOfWork.isStarted()) {
            return pilots;
        }
        for (Message<?> event : eventsOf(CurrentUnitOfWork.get().root())) {
            if (ConcernsPilot.class.isAssignableFrom(event.getPayloadType())) {
                try {
                    pilots.add(((ConcernsPilot) event.getPayload()).pilotId());
                } catch (RuntimeException unreadable) {
                    // Left to the event's handler.
                }
            }
        }
        return pilots;
    }

    /**
     * What one query reads when a batch first needs the row of {@code asked}: it and every pilot of the batch not read
     * yet.
     */
    public static Set<String> unread(Set<String> batch, Set<String> read, String asked) {
        Set<String> unread = new LinkedHashSet<>(batch);
        unread.removeAll(read);
        unread.add(asked);
        return unread;
    }

    /** The events a root unit of work handles: a processor's batch, or one event (none for a dead letter's retry). */
    static List<? extends Message<?>> eventsOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork instanceof BatchingUnitOfWork<?> batch ? batch.getMessages()
                : Stream.ofNullable(unitOfWork.getMessage()).toList();
    }
}
