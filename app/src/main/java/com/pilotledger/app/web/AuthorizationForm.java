package com.pilotledger.app.web;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.app.input.Amount;
import com.pilotledger.app.input.MeasuredValue;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The authorization form of the pilot page, with the limits of the API's {@code AuthorizeInvestmentRequest}; the
 * justification is needed only above the recommendation. A scale decision may project the value expected of each
 * production metric (left empty: not projected).
 */
public record AuthorizationForm(
        @NotNull(message = "Choose the posture") Posture posture,
        @NotNull(message = "Enter the capital") @Amount BigDecimal capital,
        @NotBlank(message = "Enter the scope") @WrittenText String scope,
        @WrittenText String conditions,
        @NotBlank(message = "Enter the rationale") @WrittenText String rationale,
        @WrittenText String overrideJustification,
        @MeasuredValue BigDecimal projectedTaskCompletionRate,
        @MeasuredValue BigDecimal projectedOutputQualityScore,
        @MeasuredValue BigDecimal projectedCostPerTask,
        @MeasuredValue BigDecimal projectedHumanEscalationRate) {

    static AuthorizationForm empty() {
        return new AuthorizationForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** The metrics given a value, in the order of the form. */
    List<KpiProjection> projections() {
        List<KpiProjection> projections = new ArrayList<>();
        add(projections, ProductionMetric.TASK_COMPLETION_RATE, projectedTaskCompletionRate);
        add(projections, ProductionMetric.OUTPUT_QUALITY_SCORE, projectedOutputQualityScore);
        add(projections, ProductionMetric.COST_PER_TASK, projectedCostPerTask);
        add(projections, ProductionMetric.HUMAN_ESCALATION_RATE, projectedHumanEscalationRate);
        return projections;
    }

    private static void add(List<KpiProjection> projections, ProductionMetric metric, BigDecimal expected) {
        if (expected != null) {
            projections.add(new KpiProjection(metric, expected));
        }
    }
}
