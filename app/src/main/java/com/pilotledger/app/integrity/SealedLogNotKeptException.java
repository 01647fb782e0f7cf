package com.pilotledger.app.integrity;

/** The events live in Axon Server, over which no sealed log is kept: there is nothing to verify, sign or pack. */
public class SealedLogNotKeptException extends RuntimeException {

    SealedLogNotKeptException() {
        super("The events are stored in Axon Server, over which this application keeps no sealed log: there is no"
                + " verification, checkpoint, signing key or evidence pack to give (docs/operations.md, \"Axon Server\")");
    }
}
