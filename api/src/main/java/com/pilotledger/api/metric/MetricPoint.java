package com.pilotledger.api.metric;

import java.math.BigDecimal;
import java.time.Instant;

/** One measured value of one production metric of a pilot, at the instant it was observed. */
public record MetricPoint(ProductionMetric metric, BigDecimal value, Instant observedAt) {
}
