package com.pilotledger.verifier;

/** The source could not be read at all (no such table, connection lost, a pack that is not one): nothing verified. */
public class LedgerUnreadableException extends RuntimeException {

    public LedgerUnreadableException(String what, Exception cause) {
        super("Could not read " + what + ": " + cause.getMessage(), cause);
    }
}
