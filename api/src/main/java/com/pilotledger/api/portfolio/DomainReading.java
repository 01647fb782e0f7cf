package com.pilotledger.api.portfolio;

import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.time.Instant;

/** The latest reading of one domain for one pilot, with its evidence; metric may be null. */
public record DomainReading(StabilizationDomain domain, ReadinessLevel level, String evidence, String source,
                            Instant observedAt, Metric metric, String recordedBy, Instant recordedAt) {
}
