package com.pilotledger.api.pilot;

import java.time.Instant;

/**
 * A reading of one stabilization domain was recorded: observed (true) at observedAt, learned by the ledger at
 * recordedAt. The latest observation per domain counts (see {@link LatestObservation}). Metric may be null.
 */
public record SignalRecorded(String pilotId, StabilizationDomain domain, ReadinessLevel level, String evidence,
                             String source, Instant observedAt, Metric metric, String recordedBy,
                             Instant recordedAt) implements PilotEvent {
}
