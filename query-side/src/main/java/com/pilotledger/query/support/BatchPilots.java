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
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        // A dead letter's retry runs in a unit of work without a message of its own.
        List<? extends Message<?>> events = unitOfWork instanceof BatchingUnitOfWork<?> batch ? batch.getMessages()
                : Stream.ofNullable(unitOfWork.getMessage()).toList();
        for (Message<?> event : events) {
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
}
