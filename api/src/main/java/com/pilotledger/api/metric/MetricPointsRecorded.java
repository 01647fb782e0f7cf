package com.pilotledger.api.metric;

import com.pilotledger.api.pilot.PilotEvent;

import java.time.Instant;
import java.util.List;

/** A batch of production metric points of a pilot was recorded, as its monitoring system sent it. */
public record MetricPointsRecorded(String pilotId, String batchId, List<MetricPoint> points, String recordedBy,
                                   Instant recordedAt) implements PilotEvent {
}
