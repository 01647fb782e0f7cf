package com.pilotledger.command.capital;

import com.pilotledger.api.capital.FreezePilotCapital;
import com.pilotledger.api.capital.ReleasePilotCapital;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DisallowReplay;

/**
 * What a pilot decision means for the pool: a kill gives the pilot's capital back, a pause freezes it. Both commands
 * are no-ops when there is nothing to release or freeze, so a redelivered event changes nothing. A policy acts on new
 * decisions only: replaying history must not send its commands again, so its processor cannot be reset.
 */
@DisallowReplay
@ProcessingGroup(PilotCapitalPolicy.GROUP)
public class PilotCapitalPolicy {

    public static final String GROUP = "pilot-capital-policy";

    private final CommandGateway commands;

    public PilotCapitalPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PilotKilled event) {
        commands.sendAndWait(new ReleasePilotCapital(event.pilotId(), "Pilot killed: " + event.reason(),
                event.decidedAt()));
    }

    @EventHandler
    void on(PilotPaused event) {
        commands.sendAndWait(freezeFor(event));
    }

    static FreezePilotCapital freezeFor(PilotPaused event) {
        return new FreezePilotCapital(event.pilotId(), "Pilot paused: " + event.reason(), event.decidedAt());
    }
}
