package com.pilotledger.api.metric;

import java.time.Instant;
import java.util.List;

/** A pilot's production metrics over a period: one series per metric that has points, thresholds or breaches. */
public record PilotMetrics(String pilotId, Instant from, Instant to, List<MetricSeries> series) {
}
