package com.pilotledger.api.portfolio;

/** Where a pilot stands in its life: registered and awaiting a decision, authorized, paused, or killed (final). */
public enum PilotStatus {
    PROPOSED,
    ACTIVE,
    PAUSED,
    KILLED
}
