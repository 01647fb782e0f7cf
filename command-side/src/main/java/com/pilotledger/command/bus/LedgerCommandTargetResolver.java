package com.pilotledger.command.bus;

import com.pilotledger.api.capital.CapitalCommand;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.PilotCommand;
import com.pilotledger.api.policy.ReadinessPolicyCommand;
import com.pilotledger.command.rule.RuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Routes a {@link PilotCommand} to the pilot it names, a {@link CapitalCommand} to the portfolio's capital and a
 * {@link ReadinessPolicyCommand} to the readiness policy book. This
 * keeps the command records in {@code api} free of Axon annotations: the interfaces are the contract, and this
 * resolver is the only place that reads them.
 */
public class LedgerCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        String aggregate = aggregateOf(command.getPayload());
        if (aggregate == null) {
            throw new IllegalArgumentException("Command " + command.getCommandName()
                    + " names neither a pilot, the capital nor the policy book");
        }
        if (command.getPayload() instanceof PilotCommand pilotCommand && aggregate.equals(pilotCommand.pilotId())
                && (CapitalCommand.PORTFOLIO.equals(aggregate) || ReadinessPolicyCommand.BOOK.equals(aggregate))) {
            // The capital's or the book's stream is no pilot: loaded as one it fails (a 500), or would take a pilot's events.
            throw new RuleViolation(ErrorCode.PILOT_NOT_FOUND, "No pilot with id " + aggregate);
        }
        return new VersionedAggregateIdentifier(aggregate, null);
    }

    /** The identifier of the aggregate a command payload names, or null when it names none. */
    static String aggregateOf(Object payload) {
        if (payload instanceof PilotCommand pilotCommand && pilotCommand.pilotId() != null) {
            return pilotCommand.pilotId();
        }
        if (payload instanceof CapitalCommand) {
            return CapitalCommand.PORTFOLIO;
        }
        if (payload instanceof ReadinessPolicyCommand) {
            return ReadinessPolicyCommand.BOOK;
        }
        return null;
    }
}
