package com.pilotledger.command.bus;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns a refused command into a {@link CommandExecutionException} whose details are a {@link CommandRefusal}, so
 * the code crosses the command bus (also to another node through Axon Server) and nobody parses message text.
 */
public class CommandRefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolation violation) {
            throw refused(violation.refusal());
        } catch (AggregateNotFoundException notFound) {
            throw refused(new CommandRefusal(ErrorCode.PILOT_NOT_FOUND,
                    "No pilot with id " + notFound.getAggregateIdentifier()));
        }
    }

    private static CommandExecutionException refused(CommandRefusal refusal) {
        return new CommandExecutionException(refusal.message(), null, refusal);
    }
}
