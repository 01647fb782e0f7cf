package com.pilotledger.api.metric;

import java.math.BigDecimal;

/** The value of one production metric a scale decision expects the pilot to reach in production, in its unit. */
public record KpiProjection(ProductionMetric metric, BigDecimal expected) {
}
