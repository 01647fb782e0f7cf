package com.pilotledger.api.ninetyday;

import com.pilotledger.api.metric.ProductionMetric;

import java.math.BigDecimal;

/**
 * One KPI projection against production: the value projected, the median measured over the review's period (null when
 * no point was measured then), and whether the measurement meets the projection in the metric's better direction.
 */
public record KpiOutcome(ProductionMetric metric, BigDecimal projected, BigDecimal measured, boolean met) {
}
