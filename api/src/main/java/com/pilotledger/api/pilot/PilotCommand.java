package com.pilotledger.api.pilot;

/** A command addressed to one pilot; the command side routes it to the pilot with this identifier. */
public interface PilotCommand {

    String pilotId();
}
