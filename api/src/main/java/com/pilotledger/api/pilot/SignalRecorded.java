package com.pilotledger.api.pilot;

import java.time.Instant;

/** A reading of one stabilization domain was recorded; the latest reading per domain counts. Metric may be null. */
public record SignalRecorded(String pilotId, StabilizationDomain domain, ReadinessLevel level, String evidence,
                             String source, Instant observedAt, Metric metric, String recordedBy,
                             Instant recordedAt) implements PilotEvent {
}
