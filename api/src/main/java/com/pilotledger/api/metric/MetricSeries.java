package com.pilotledger.api.metric;

import java.util.List;

/**
 * One production metric of a pilot over a period: its points oldest first (the latest ones only when
 * {@code truncated}), the thresholds in force (null when none were set) and its breaches oldest first.
 */
public record MetricSeries(ProductionMetric metric, MetricThresholds thresholds, List<MetricPoint> points,
                           boolean truncated, List<MetricBreach> breaches) {
}
