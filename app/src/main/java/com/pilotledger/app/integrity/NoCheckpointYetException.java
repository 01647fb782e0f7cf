package com.pilotledger.app.integrity;

/** Nothing is sealed and signed yet: a ledger without events has no checkpoint to give. */
public class NoCheckpointYetException extends RuntimeException {

    public NoCheckpointYetException() {
        super("No checkpoint has been signed yet: the ledger has no sealed event");
    }
}
