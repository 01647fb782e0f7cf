package com.pilotledger.api.metric;

import java.math.BigDecimal;
import java.time.Instant;

/** A breach of one production metric as the pilot page shows it: the point, the level it crossed, the evidence. */
public record MetricBreach(ProductionMetric metric, BreachKind kind, BigDecimal limit, BigDecimal value,
                           Instant observedAt, String evidence, Instant detectedAt) {
}
