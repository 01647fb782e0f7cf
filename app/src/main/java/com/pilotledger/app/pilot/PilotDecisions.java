package com.pilotledger.app.pilot;

import com.pilotledger.api.pilot.KillPilot;
import com.pilotledger.api.pilot.PausePilot;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Pausing and killing a pilot, the one path for the API and the pilot page; the rules are the {@code Pilot}'s. */
@Component
public class PilotDecisions {

    private final CommandSender commands;
    private final Clock clock;

    public PilotDecisions(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public void pause(String pilotId, String reason, CommandOrigin origin) {
        commands.send(new PausePilot(pilotId, reason, clock.instant()), origin);
    }

    public void kill(String pilotId, String reason, CommandOrigin origin) {
        commands.send(new KillPilot(pilotId, reason, clock.instant()), origin);
    }
}
