package com.pilotledger.api.metric;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;

/** The thresholds one production metric of a pilot is judged against were set, by whom and when. */
public record MetricThresholdsSet(String pilotId, ProductionMetric metric, MetricThresholds thresholds, String setBy,
                                  Instant setAt) implements PilotEvent {
}
