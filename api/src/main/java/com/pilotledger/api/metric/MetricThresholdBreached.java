package com.pilotledger.api.metric;

import com.pilotledger.api.pilot.PilotEvent;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A production metric of a pilot breached: the point that did it (value, observedAt), the level it crossed (a threshold,
 * or for a regression the limit derived from the pilot's recent median) and the evidence in words.
 */
public record MetricThresholdBreached(String pilotId, ProductionMetric metric, BreachKind kind, BigDecimal limit,
                                      BigDecimal value, Instant observedAt, String evidence, Instant detectedAt)
        implements PilotEvent {
}
