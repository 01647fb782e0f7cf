package com.pilotledger.app.deadletter;

import java.util.List;

/** What a retry did: whether the whole sequence was processed, and what is still parked in it. */
public record RetryOutcome(String processingGroup, String sequence, boolean resolved, List<ParkedEvent> stillParked) {
}
