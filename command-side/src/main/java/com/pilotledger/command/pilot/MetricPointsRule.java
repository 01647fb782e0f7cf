package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.MetricBatchLimits;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch of production metric points is evidence a decision may rest on: it has a batch id, holds 1 to
 * {@link MetricBatchLimits#MAX_POINTS} points, and every point names its metric, has a value in that metric's unit
 * range, was observed neither in the future (beyond the clock skew) nor more than a year before it was recorded, and
 * is the only point of its metric at its instant in the batch. The API refuses the same before sending the command;
 * this rule keeps any other sender to it.
 */
final class MetricPointsRule {

    private MetricPointsRule() {
    }

    static Verdict evaluate(String batchId, List<MetricPoint> points, Instant recordedAt) {
        if (batchId == null || batchId.isBlank()) {
            return refused("A batch of metric points needs a batch id", Map.of());
        }
        if (points == null || points.isEmpty() || points.size() > MetricBatchLimits.MAX_POINTS) {
            return refused("A batch holds 1 to " + MetricBatchLimits.MAX_POINTS + " metric points",
                    Map.of("points", String.valueOf(points == null ? 0 : points.size())));
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < points.size(); index++) {
            Verdict verdict = point(index, points.get(index), recordedAt, seen);
            if (verdict.code() != null) {
                return verdict;
            }
        }
        return Verdict.allowed();
    }

    private static Verdict point(int index, MetricPoint point, Instant recordedAt, Set<String> seen) {
        Map<String, String> facts = Map.of("point", String.valueOf(index));
        if (point == null || point.metric() == null || point.value() == null || point.observedAt() == null) {
            return refused("Metric point " + index + " needs a metric, a value and when it was observed", facts);
        }
        if (!MetricBatchLimits.admits(point.metric(), point.value())) {
            return refused(point.metric().label() + " must be " + MetricBatchLimits.range(point.metric())
                    + "; point " + index + " is " + point.value().toPlainString(), facts);
        }
        if (!MetricBatchLimits.observable(point.observedAt(), recordedAt)) {
            return refused("Metric point " + index + " was observed at " + point.observedAt()
                    + ": points may be observed up to a year back and not in the future", facts);
        }
        if (!seen.add(point.metric().name() + "@" + point.observedAt())) {
            return refused("Metric point " + index + " repeats " + point.metric().label() + " at "
                    + point.observedAt(), facts);
        }
        return Verdict.allowed();
    }

    private static Verdict refused(String reason, Map<String, String> facts) {
        return Verdict.refused(ErrorCode.INVALID_METRIC_POINTS, reason, facts);
    }
}
