package com.pilotledger.app.pilot;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.app.input.MeasuredValue;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * One KPI projection of a scale decision: the production metric and the value expected in its unit (its range is the
 * pilot's rule: INVALID_KPI_PROJECTION).
 */
public record KpiProjectionRequest(
        @NotNull(message = "Choose the metric") ProductionMetric metric,
        @NotNull(message = "Enter the value expected") @MeasuredValue BigDecimal expected) {

    KpiProjection projection() {
        return new KpiProjection(metric, expected);
    }
}
