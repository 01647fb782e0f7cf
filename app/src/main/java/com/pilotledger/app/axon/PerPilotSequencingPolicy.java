package com.pilotledger.app.axon;

import com.pilotledger.api.pilot.ConcernsPilot;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Events about one pilot (from the pilot's own stream or the portfolio capital's) are handled in order, in one
 * segment; other events keep Axon's order per aggregate.
 */
class PerPilotSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy perAggregate = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return event.getPayload() instanceof ConcernsPilot aboutPilot
                ? aboutPilot.pilotId()
                : perAggregate.getSequenceIdentifierFor(event);
    }
}
