package com.pilotledger.api.metric;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;

/** Set (or change) the thresholds one production metric of a pilot is judged against from now on. */
public record SetMetricThresholds(String pilotId, ProductionMetric metric, MetricThresholds thresholds, Instant setAt)
        implements PilotCommand {
}
