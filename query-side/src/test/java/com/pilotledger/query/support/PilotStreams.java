package com.pilotledger.query.support;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.pilot.ConcernsPilot;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Events as the store delivers them: each numbered in its aggregate's stream (a pilot's own, or the portfolio's for
 * events about no pilot), with its own identifier, the instant the store recorded it, and who caused it.
 */
public final class PilotStreams {

    private final Map<String, Long> nextSequence = new HashMap<>();

    public DomainEventMessage<?> message(Object event, Instant recordedAt, String actor) {
        String aggregate = event instanceof ConcernsPilot aboutPilot ? aboutPilot.pilotId() : "portfolio";
        long sequence = nextSequence.merge(aggregate, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>("Pilot", aggregate, sequence, event,
                Map.of(AuditMetaData.ACTOR, actor, AuditMetaData.CORRELATION_ID, "correlation-" + actor),
                UUID.randomUUID().toString(), recordedAt);
    }
}
