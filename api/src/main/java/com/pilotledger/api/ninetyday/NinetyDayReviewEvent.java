package com.pilotledger.api.ninetyday;

import com.pilotledger.api.pilot.PilotEvent;

/** A fact about the 90-day review of a pilot's scale decision. */
public interface NinetyDayReviewEvent extends PilotEvent {

    String requestId();
}
