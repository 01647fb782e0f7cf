package com.pilotledger.app.axon;

import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;

import java.time.Duration;

/**
 * Axon Server cannot take a command: it is unreachable (a dispatch failure from the connector), or no instance is
 * connected to it that handles the command. Either way nothing was appended and the same request may succeed shortly,
 * so the client is told to retry rather than shown a fault of ours, and a command sent at start-up is sent again
 * later. On the JDBC store neither happens: every command is handled on the instance that received it.
 */
public final class AxonServerOutage {

    public static final String CODE = "COMMANDS_UNAVAILABLE";
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private AxonServerOutage() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandDispatchException || cause instanceof NoHandlerForCommandException
                    || cause instanceof org.axonframework.axonserver.connector.AxonServerException
                    || cause instanceof io.axoniq.axonserver.connector.AxonServerException) {
                return true;
            }
        }
        return false;
    }
}
