package com.pilotledger.app.pilot;

import com.pilotledger.app.projection.ProjectionCatchUp;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command with its origin as metadata, waits for the outcome, then for the projections: when this returns,
 * the sender's next read shows the effect of its command.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final ProjectionCatchUp projections;

    public CommandSender(CommandGateway commandGateway, ProjectionCatchUp projections) {
        this.commandGateway = commandGateway;
        this.projections = projections;
    }

    public void send(Object command, CommandOrigin origin) {
        commandGateway.sendAndWait(command, origin.asMetaData());
        projections.awaitQuiet();
    }
}
