package com.pilotledger.app.web;

import com.pilotledger.app.input.Amount;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import com.pilotledger.api.metric.KillComparison;
import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.app.input.MeasuredValue;
import org.springframework.format.annotation.DateTimeFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.math.BigDecimal;

import static com.pilotledger.api.input.FieldLimits.METRIC_DESCRIPTION;
import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The registration form of the board page, with the limits of the API's {@code RegisterPilotRequest}; capital is in
 * the portfolio currency. Whether it is positive is the pilot's rule, not a field limit. Optionally the thresholds
 * of one production metric and one measurable kill criterion; the API takes more of both.
 */
public record RegisterPilotForm(
        @NotBlank(message = "Enter the name of the pilot") @LineOfText(max = NAME) String name,
        @NotBlank(message = "Enter the business unit") @LineOfText(max = NAME) String businessUnit,
        @NotBlank(message = "Enter the sponsor") @LineOfText(max = NAME) String sponsor,
        @NotBlank(message = "Enter the operational owner") @LineOfText(max = NAME) String operationalOwner,
        @NotBlank(message = "Enter the problem statement") @WrittenText String problemStatement,
        @NotBlank(message = "Enter the baseline metric") @WrittenText(max = METRIC_DESCRIPTION) String baselineMetric,
        @NotBlank(message = "Enter the target metric") @WrittenText(max = METRIC_DESCRIPTION) String targetMetric,
        @NotNull(message = "Enter the requested capital") @Amount BigDecimal requestedCapital,
        @NotBlank(message = "Enter the kill criteria") @WrittenText String killCriteria,
        ProductionMetric thresholdMetric,
        @MeasuredValue BigDecimal thresholdBaseline,
        @MeasuredValue BigDecimal thresholdTarget,
        @MeasuredValue BigDecimal thresholdMinimum,
        @MeasuredValue BigDecimal thresholdKill,
        ProductionMetric killMetric,
        KillComparison killComparison,
        @MeasuredValue BigDecimal killThreshold,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate killBy) {

    static RegisterPilotForm empty() {
        return new RegisterPilotForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The thresholds of the one metric the form names, if it names one (the API takes every metric's). */
    Map<ProductionMetric, MetricThresholds> thresholds() {
        return thresholdMetric == null ? Map.of() : Map.of(thresholdMetric,
                new MetricThresholds(thresholdBaseline, thresholdTarget, thresholdMinimum, thresholdKill));
    }

    /**
     * The one measurable kill criterion of the form, if any of its fields is filled; an incomplete one is refused by
     * the pilot's rule and shown above the form.
     */
    List<KillCriterion> killCriteriaMeasures() {
        boolean given = killMetric != null || killComparison != null || killThreshold != null || killBy != null;
        return given ? List.of(new KillCriterion(killMetric, killComparison, killThreshold, killBy)) : List.of();
    }
}
