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
        if (command.getPayload() instanceof PilotCommand pilotCommand && pilotCommand.pilotId() != null) {
            if (CapitalCommand.PORTFOLIO.equals(pilotCommand.pilotId())
                    || ReadinessPolicyCommand.BOOK.equals(pilotCommand.pilotId())) {
                // The capital's or the book's stream is no pilot: loaded as one it fails (a 500), or would take a pilot's events.
                throw new RuleViolation(ErrorCode.PILOT_NOT_FOUND, "No pilot with id " + pilotCommand.pilotId());
            }
            return new VersionedAggregateIdentifier(pilotCommand.pilotId(), null);
        }
        if (command.getPayload() instanceof CapitalCommand) {
            return new VersionedAggregateIdentifier(CapitalCommand.PORTFOLIO, null);
        }
        if (command.getPayload() instanceof ReadinessPolicyCommand) {
            return new VersionedAggregateIdentifier(ReadinessPolicyCommand.BOOK, null);
        }
        throw new IllegalArgumentException("Command " + command.getCommandName()
                + " names neither a pilot, the capital nor the policy book");
    }
}
