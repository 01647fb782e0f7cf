package com.pilotledger.app.decision;

/** A read named a global index whose event is no decision about a pilot, or that the store does not hold. */
public class DecisionNotFoundException extends RuntimeException {

    public DecisionNotFoundException(long globalIndex) {
        super("No decision is stored at global index " + globalIndex);
    }
}
