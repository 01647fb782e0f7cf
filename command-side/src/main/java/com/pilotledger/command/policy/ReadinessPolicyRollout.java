package com.pilotledger.command.policy;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.ReassessPilot;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

/**
 * When a policy version comes into force, every pilot not killed is assessed again under it, at the instant it took
 * effect, so the board's recommendations name the new version without waiting for each pilot's next signal. A
 * reassessment records a recommendation only when it differs, so a redelivered activation changes nothing; a pilot
 * killed meanwhile refuses it, and is skipped. It acts on new activations only: its processor cannot be reset.
 */
@DisallowReplay
@ProcessingGroup(ReadinessPolicyRollout.GROUP)
public class ReadinessPolicyRollout {

    public static final String GROUP = "readiness-policy-rollout";

    private final CommandGateway commands;
    private final PilotRoster roster;

    public ReadinessPolicyRollout(CommandGateway commands, PilotRoster roster) {
        this.commands = commands;
        this.roster = roster;
    }

    @EventHandler
    void on(ReadinessPolicyActivated event) {
        for (String pilotId : roster.pilotsNotKilled()) {
            try {
                commands.sendAndWait(new ReassessPilot(pilotId, event.effectiveFrom()));
            } catch (CommandExecutionException refused) {
                if (!(refused.getDetails().orElse(null) instanceof CommandRefusal refusal)
                        || refusal.code() != ErrorCode.PILOT_KILLED) {
                    throw refused;
                }
            }
        }
    }
}
