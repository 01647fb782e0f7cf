package com.pilotledger.api.metric;

import java.time.Instant;

/**
 * A pilot's production metric series observed in [from, to), at most the latest {@code limit} points per metric, with
 * each metric's thresholds in force and its breaches in the period.
 */
public record FindPilotMetrics(String pilotId, Instant from, Instant to, int limit) {
}
