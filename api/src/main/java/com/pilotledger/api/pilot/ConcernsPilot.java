package com.pilotledger.api.pilot;

/**
 * A fact that concerns one pilot, wherever it is stored: the pilot's own events and the capital events about it.
 * Views of one pilot handle these in order, and the pilot's audit history lists them all.
 */
public interface ConcernsPilot {

    String pilotId();
}
