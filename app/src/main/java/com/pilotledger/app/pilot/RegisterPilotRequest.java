package com.pilotledger.app.pilot;

import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.SignInName;
import com.pilotledger.app.input.WrittenText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.input.FieldLimits.METRIC_DESCRIPTION;
import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The business case of a pilot as a portfolio manager registers it (the limits of {@code RegisterPilotForm}), with
 * the thresholds of its production metrics, its measurable kill criteria and its first pilot owners (sign-in names) if
 * it has them.
 */
public record RegisterPilotRequest(
        @NotBlank(message = "Enter the name of the pilot") @LineOfText(max = NAME) String name,
        @NotBlank(message = "Enter the business unit") @LineOfText(max = NAME) String businessUnit,
        @NotBlank(message = "Enter the sponsor") @LineOfText(max = NAME) String sponsor,
        @NotBlank(message = "Enter the operational owner") @LineOfText(max = NAME) String operationalOwner,
        @NotBlank(message = "Enter the problem statement") @WrittenText String problemStatement,
        @NotBlank(message = "Enter the baseline metric") @WrittenText(max = METRIC_DESCRIPTION) String baselineMetric,
        @NotBlank(message = "Enter the target metric") @WrittenText(max = METRIC_DESCRIPTION) String targetMetric,
        @NotNull(message = "Enter the requested capital") @Valid MoneyRequest requestedCapital,
        @NotBlank(message = "Enter the kill criteria") @WrittenText String killCriteria,
        Map<ProductionMetric, @NotNull(message = "Give the metric's thresholds") @Valid MetricThresholdsRequest>
                metricThresholds,
        @Size(max = MEASURABLE_KILL_CRITERIA, message = "At most 8 measurable kill criteria")
        List<@NotNull(message = "Give the kill criterion") @Valid KillCriterionRequest> measurableKillCriteria,
        @Size(max = OWNERS, message = "At most 20 pilot owners")
        List<@NotNull(message = "Give the pilot owner's sign-in name") @SignInName String> owners) {

    /** As many as the pilot accepts (its KillCriterionRule). */
    static final int MEASURABLE_KILL_CRITERIA = 8;
    /** Pilot owners named at registration; more are assigned one by one. */
    static final int OWNERS = 20;

    Map<ProductionMetric, MetricThresholds> thresholds() {
        Map<ProductionMetric, MetricThresholds> thresholds = new EnumMap<>(ProductionMetric.class);
        if (metricThresholds != null) {
            metricThresholds.forEach((metric, levels) -> thresholds.put(metric, levels.thresholds()));
        }
        return thresholds;
    }

    List<KillCriterion> killCriteriaMeasures() {
        return measurableKillCriteria == null ? List.of()
                : measurableKillCriteria.stream().map(KillCriterionRequest::criterion).toList();
    }
}
