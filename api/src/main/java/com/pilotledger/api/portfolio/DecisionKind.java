package com.pilotledger.api.portfolio;

/** The decisions taken about a pilot's capital and deployment. */
public enum DecisionKind {
    AUTHORIZE,
    PAUSE,
    KILL
}
