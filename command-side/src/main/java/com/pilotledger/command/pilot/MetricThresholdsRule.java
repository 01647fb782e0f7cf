package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricUnit;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Thresholds a metric can be judged against: each level within the metric's unit, and in the order the metric's
 * direction gives them: the kill threshold no better than the minimum acceptable, the target better than it. Otherwise
 * a breach of the kill threshold could come before one of the minimum, or the target would itself be a breach.
 */
final class MetricThresholdsRule {

    private MetricThresholdsRule() {
    }

    static Verdict evaluate(ProductionMetric metric, MetricThresholds thresholds) {
        if (metric == null || thresholds == null) {
            return refused(metric, "Name the metric and give its thresholds");
        }
        MetricUnit unit = metric.unit();
        for (BigDecimal level : new BigDecimal[]{thresholds.baseline(), thresholds.target(),
                thresholds.minimumAcceptable(), thresholds.killThreshold()}) {
            if (level != null && (level.compareTo(unit.minimum()) < 0
                    || (unit.maximum() != null && level.compareTo(unit.maximum()) > 0))) {
                return refused(metric, metric.label() + " thresholds must lie between " + unit.minimum() + " and "
                        + (unit.maximum() == null ? "any amount" : unit.maximum().toPlainString()));
            }
        }
        BigDecimal minimum = thresholds.minimumAcceptable();
        if (minimum != null && thresholds.killThreshold() != null
                && Direction.of(metric).isBetter(thresholds.killThreshold(), minimum)) {
            return refused(metric, "The kill threshold of " + metric.label().toLowerCase()
                    + " must not be better than its minimum acceptable");
        }
        if (minimum != null && thresholds.target() != null
                && !Direction.of(metric).isBetter(thresholds.target(), minimum)) {
            return refused(metric, "The target of " + metric.label().toLowerCase()
                    + " must be better than its minimum acceptable");
        }
        return Verdict.allowed();
    }

    /** Every metric's thresholds, the first refusal if any. */
    static Verdict evaluate(Map<ProductionMetric, MetricThresholds> thresholds) {
        for (Map.Entry<ProductionMetric, MetricThresholds> entry : thresholds.entrySet()) {
            Verdict verdict = evaluate(entry.getKey(), entry.getValue());
            if (verdict.code() != null) {
                return verdict;
            }
        }
        return Verdict.allowed();
    }

    private static Verdict refused(ProductionMetric metric, String reason) {
        return Verdict.refused(ErrorCode.INVALID_METRIC_THRESHOLDS, reason,
                metric == null ? Map.of() : Map.of("metric", metric.name()));
    }
}
