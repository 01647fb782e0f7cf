package com.pilotledger.app.axon;

/** This application instance, as it names itself when it claims projection segments in the token store. */
public record LedgerNode(String id) {
}
