package com.pilotledger.command.policy;

import java.util.List;

/** The pilots a new policy version concerns: every pilot registered and not killed, as the event store holds them. */
public interface PilotRoster {

    List<String> pilotsNotKilled();
}
