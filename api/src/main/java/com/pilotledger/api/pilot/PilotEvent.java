package com.pilotledger.api.pilot;

/** A fact about one pilot, stored forever in its event stream. */
public interface PilotEvent extends ConcernsPilot {
}
