package com.pilotledger.app.metric;

import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.app.input.MeasuredValue;
import com.pilotledger.app.input.WithinTime;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One measured value of one production metric, e.g. TASK_COMPLETION_RATE, 94.5, 2026-11-30T10:00:00Z. Its range
 * (by the metric's unit) and its observation time (not in the future, at most a year back) are checked on receipt.
 */
public record MetricPointRequest(
        @NotNull(message = "Choose the metric: TASK_COMPLETION_RATE, OUTPUT_QUALITY_SCORE, COST_PER_TASK or "
                + "HUMAN_ESCALATION_RATE") ProductionMetric metric,
        @NotNull(message = "Enter the value the metric was measured at") @MeasuredValue BigDecimal value,
        @NotNull(message = "Enter when the value was observed") @WithinTime Instant observedAt) {
}
