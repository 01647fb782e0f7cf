package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.MetricUnit;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.command.rule.Verdict;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * KPI projections belong to the scale decision (seed 002: "the KPI projections from the pilot"), so only an
 * authorization to Authorize Deployment carries them; each projects one metric once, with a value in the metric's
 * unit range, which its 90-day review can be compared with.
 */
final class KpiProjectionRule {

    private KpiProjectionRule() {
    }

    static Verdict evaluate(Posture posture, List<KpiProjection> projections) {
        if (projections.isEmpty()) {
            return Verdict.allowed();
        }
        if (posture != Posture.AUTHORIZE_DEPLOYMENT) {
            return Verdict.refused(ErrorCode.INVALID_KPI_PROJECTION,
                    "KPI projections belong to a scale decision: only Authorize Deployment carries them");
        }
        Set<ProductionMetric> seen = EnumSet.noneOf(ProductionMetric.class);
        for (KpiProjection projection : projections) {
            if (projection.metric() == null || projection.expected() == null) {
                return Verdict.refused(ErrorCode.INVALID_KPI_PROJECTION,
                        "A KPI projection names its metric and the value expected");
            }
            if (!seen.add(projection.metric())) {
                return Verdict.refused(ErrorCode.INVALID_KPI_PROJECTION,
                        projection.metric().label() + " is projected more than once");
            }
            if (!withinRange(projection.metric().unit(), projection.expected())) {
                return Verdict.refused(ErrorCode.INVALID_KPI_PROJECTION, projection.metric().label()
                        + " is projected outside its range (" + range(projection.metric().unit()) + ")");
            }
        }
        return Verdict.allowed();
    }

    private static boolean withinRange(MetricUnit unit, BigDecimal value) {
        return value.compareTo(unit.minimum()) >= 0 && (unit.maximum() == null || value.compareTo(unit.maximum()) <= 0);
    }

    private static String range(MetricUnit unit) {
        return unit.maximum() == null ? "at least " + unit.minimum().toPlainString()
                : unit.minimum().toPlainString() + " to " + unit.maximum().toPlainString();
    }
}
