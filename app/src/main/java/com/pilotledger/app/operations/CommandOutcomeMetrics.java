package com.pilotledger.app.operations;

import com.pilotledger.api.pilot.CommandRefusal;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Counts every command the bus handles, {@code pilot_ledger_commands_total}, by command and outcome: {@code handled},
 * {@code refused} with the refusal's error code, or {@code failed} with the exception's type. Registered outermost on
 * the bus (see AxonMessagingConfiguration), so a refusal arrives already turned into its code.
 */
public class CommandOutcomeMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    public CommandOutcomeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        try {
            Object result = chain.proceed();
            count(command, "handled", "none");
            return result;
        } catch (CommandExecutionException refused) {
            count(command, refused.<CommandRefusal>getDetails().isPresent() ? "refused" : "failed",
                    refused.<CommandRefusal>getDetails().map(refusal -> refusal.code().name())
                            .orElse(refused.getClass().getSimpleName()));
            throw refused;
        } catch (Exception failure) {
            count(command, "failed", failure.getClass().getSimpleName());
            throw failure;
        }
    }

    private void count(String command, String outcome, String code) {
        registry.counter("pilot_ledger.commands", "command", command, "outcome", outcome, "code", code).increment();
    }
}
