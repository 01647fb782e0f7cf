package com.pilotledger.app.deadletter;

/** A retry named a processing group that parks nothing, or a sequence with no parked event in it. */
public class DeadLetterNotFoundException extends RuntimeException {

    public DeadLetterNotFoundException(String processingGroup, String sequence) {
        super("No parked event of sequence " + sequence + " in processing group " + processingGroup);
    }
}
