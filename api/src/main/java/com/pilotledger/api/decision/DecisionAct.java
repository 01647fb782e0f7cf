package com.pilotledger.api.decision;

/**
 * What a person decided: asked for an authorization (for a decision within the decider's own authority, this is the
 * authorization itself), approved or rejected someone else's request as the second person, paused or killed a pilot.
 */
public enum DecisionAct {
    AUTHORIZATION_REQUEST,
    APPROVAL,
    REJECTION,
    PAUSE,
    KILL
}
