package com.pilotledger.query.audit;

import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.KillCriterionMet;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricThresholdsSet;
import com.pilotledger.api.metric.MetricValues;
import com.pilotledger.api.metric.ProductionMetric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The audit's sentence for a production metric's thresholds, a breach and a kill criterion met. */
final class MetricSummary {

    private MetricSummary() {
    }

    static String of(Object event) {
        if (event instanceof MetricThresholdsSet e) {
            return "Thresholds of " + e.metric().label().toLowerCase() + " set: " + levels(e.metric(), e.thresholds());
        }
        if (event instanceof MetricThresholdBreached e) {
            return "Threshold breached (" + e.metric().label().toLowerCase() + " " + e.kind().words() + "): "
                    + e.evidence();
        }
        if (event instanceof KillCriterionMet e) {
            return e.evidence() + ". Killing the pilot is a human decision";
        }
        return CapitalSummary.of(event);
    }

    /** The registration's measurable kill criteria, for its sentence; empty when it has none. */
    static String measurable(List<KillCriterion> criteria) {
        return criteria == null || criteria.isEmpty() ? ""
                : "; measurable kill criteria: " + String.join("; ", criteria.stream().map(KillCriterion::words)
                .toList());
    }

    private static String levels(ProductionMetric metric, MetricThresholds thresholds) {
        List<String> levels = new ArrayList<>();
        add(levels, "baseline", metric, thresholds.baseline());
        add(levels, "target", metric, thresholds.target());
        add(levels, "minimum acceptable", metric, thresholds.minimumAcceptable());
        add(levels, "kill threshold", metric, thresholds.killThreshold());
        return levels.isEmpty() ? "none" : String.join(", ", levels);
    }

    private static void add(List<String> levels, String name, ProductionMetric metric, BigDecimal value) {
        if (value != null) {
            levels.add(name + " " + MetricValues.format(metric, value));
        }
    }
}
