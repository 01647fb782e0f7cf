package com.pilotledger.app.metric;

/**
 * The answer to a batch of metric points: the batch is recorded (once, however often it was sent), with this many
 * points. The views (the pilot's charts, its medians) show it moments later.
 */
public record MetricBatchReceipt(String pilotId, String batchId, int points) {
}
