package com.pilotledger.app.problem;

/** A read named a pilot that the ledger does not know. */
public class PilotNotFoundException extends RuntimeException {

    public PilotNotFoundException(String pilotId) {
        super("No pilot with id " + pilotId);
    }
}
