package com.pilotledger.api.metric;

import com.pilotledger.api.pilot.PilotCommand;

import java.time.Instant;
import java.util.List;

/**
 * Record a batch of production metric points sent by a monitoring system; the batch id makes a resent batch a no-op.
 */
public record RecordMetricPoints(String pilotId, String batchId, List<MetricPoint> points, Instant recordedAt)
        implements PilotCommand {
}
