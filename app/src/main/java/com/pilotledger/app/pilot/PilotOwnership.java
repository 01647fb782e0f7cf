package com.pilotledger.app.pilot;

import com.pilotledger.api.pilot.AssignPilotOwner;
import com.pilotledger.api.pilot.RemovePilotOwner;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Assigning and removing a pilot's owners, the one path for the API and the pilot page. An owner is a sign-in name, as
 * recorded as the actor of their commands; it is not looked up in a directory, so an owner may be named before their
 * first sign-in. Assigning twice, or removing someone who is not an owner, records nothing (the {@code Pilot}'s rule).
 */
@Component
public class PilotOwnership {

    private final CommandSender commands;
    private final Clock clock;

    public PilotOwnership(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public void assign(String pilotId, String owner, CommandOrigin origin) {
        commands.send(new AssignPilotOwner(pilotId, owner, clock.instant()), origin);
    }

    public void remove(String pilotId, String owner, CommandOrigin origin) {
        commands.send(new RemovePilotOwner(pilotId, owner, clock.instant()), origin);
    }
}
