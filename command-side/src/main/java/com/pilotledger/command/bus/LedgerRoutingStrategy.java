package com.pilotledger.command.bus;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.RoutingStrategy;

/**
 * With several instances behind Axon Server, a command goes to the instance that owns its routing key: keyed by the
 * aggregate the command names (the pilot, the portfolio's capital or the policy book, as
 * {@link LedgerCommandTargetResolver} loads it), every command of one aggregate is handled by one instance, which keeps
 * its decisions in order and its cache and snapshots warm. A command that names no aggregate is refused here rather
 * than sent to a random instance.
 */
public class LedgerRoutingStrategy implements RoutingStrategy {

    @Override
    public String getRoutingKey(CommandMessage<?> command) {
        String aggregate = LedgerCommandTargetResolver.aggregateOf(command.getPayload());
        if (aggregate == null) {
            throw new IllegalArgumentException("Command " + command.getCommandName()
                    + " names neither a pilot, the capital nor the policy book: it has no routing key");
        }
        return aggregate;
    }
}
