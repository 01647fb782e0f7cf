package com.pilotledger.api.portfolio;

import com.pilotledger.api.pilot.StabilizationDomain;

import java.math.BigDecimal;
import java.time.Instant;

/** One measured value of a pilot's metric, as a signal recorded it, at the time it was observed. */
public record MetricPoint(String name, BigDecimal value, String unit, StabilizationDomain domain, Instant observedAt) {
}
