package com.pilotledger.app.pilot;

import com.pilotledger.api.metric.KillComparison;
import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.app.input.MeasuredValue;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurable kill criterion: kill if, on the date, the metric is below (or above) the threshold. */
public record KillCriterionRequest(
        @NotNull(message = "Choose the metric") ProductionMetric metric,
        @NotNull(message = "Choose below or above") KillComparison comparison,
        @NotNull(message = "Enter the threshold") @MeasuredValue BigDecimal threshold,
        @NotNull(message = "Enter the date the criterion is judged on") LocalDate by) {

    KillCriterion criterion() {
        return new KillCriterion(metric, comparison, threshold, by);
    }
}
