package com.pilotledger.api.metric;

import java.math.BigDecimal;

/**
 * The four levels a pilot's production metric is judged against, in the metric's unit: where it started (baseline),
 * where the business case says it will get (target), the worst value still acceptable in production (minimum
 * acceptable; for a metric where lower is better, the highest), and the value at which the pilot should be killed.
 * Any of them may be left open (null).
 */
public record MetricThresholds(BigDecimal baseline, BigDecimal target, BigDecimal minimumAcceptable,
                               BigDecimal killThreshold) {
}
