package com.pilotledger.api.pilot;

import java.time.Instant;

/** Record one reading of one stabilization domain for a pilot, with the evidence behind it; metric is optional. */
public record RecordSignal(String pilotId, StabilizationDomain domain, ReadinessLevel level, String evidence,
                           String source, Instant observedAt, Metric metric, Instant recordedAt) implements PilotCommand {
}
