package com.pilotledger.app.pilot;

import com.pilotledger.app.projection.CommandTrails;
import com.pilotledger.app.projection.ReadYourWrites;
import com.pilotledger.app.projection.ViewsBehind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command with its origin as metadata, waits for the outcome, then for the views of its own events: when this
 * returns true, the sender's next read shows the effect of its command. When the views lag beyond the wait limit the
 * command has succeeded all the same; the request is marked so its answer points to where the effect will show.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final CommandTrails trails;
    private final ReadYourWrites readYourWrites;

    public CommandSender(CommandGateway commandGateway, CommandTrails trails, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.trails = trails;
        this.readYourWrites = readYourWrites;
    }

    /** True when the views show the command's effect; false when they lag (the command succeeded all the same). */
    public boolean send(Object command, CommandOrigin origin) {
        try (CommandTrails.Trail trail = trails.open(origin.correlationId())) {
            commandGateway.sendAndWait(command, origin.asMetaData());
            boolean shown = readYourWrites.await(trail);
            if (!shown) {
                ViewsBehind.markRequest();
            }
            return shown;
        }
    }
}
