package com.pilotledger.app.pilot;

import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.app.input.MeasuredValue;

import java.math.BigDecimal;

/**
 * The thresholds of one production metric, in its unit; any may be left out. Their ranges and order (the kill
 * threshold no better than the minimum acceptable, the target better than it) are the pilot's rule: 422
 * {@code INVALID_METRIC_THRESHOLDS}.
 */
public record MetricThresholdsRequest(@MeasuredValue BigDecimal baseline, @MeasuredValue BigDecimal target,
                                      @MeasuredValue BigDecimal minimumAcceptable,
                                      @MeasuredValue BigDecimal killThreshold) {

    MetricThresholds thresholds() {
        return new MetricThresholds(baseline, target, minimumAcceptable, killThreshold);
    }
}
