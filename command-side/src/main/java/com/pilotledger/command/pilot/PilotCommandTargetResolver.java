package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.PilotCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Routes a {@link PilotCommand} to the pilot it names. This keeps the command records in {@code api} free of Axon
 * annotations: the interface is the contract, and this resolver is the only place that reads it.
 */
public class PilotCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof PilotCommand pilotCommand && pilotCommand.pilotId() != null) {
            return new VersionedAggregateIdentifier(pilotCommand.pilotId(), null);
        }
        throw new IllegalArgumentException("Command " + command.getCommandName() + " names no pilot");
    }
}
