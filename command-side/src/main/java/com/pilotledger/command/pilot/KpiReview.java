package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.ReviewFinding;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The 90-day review's comparison (seed 002: "whether the scale decision was well-founded: the KPI projections from the
 * pilot are materializing at production scale"): each projection against the metric's median over the last four
 * weeks, met when the median is at least as good as projected in the metric's better direction. A projection with no
 * point measured in those weeks is not met: what was not measured has not been shown to materialize.
 */
final class KpiReview {

    /** The period whose median stands for "production now": four weeks, as the regression rule's recent level. */
    static final Duration MEASURED_OVER = Duration.ofDays(28);

    private KpiReview() {
    }

    static List<KpiOutcome> compare(List<KpiProjection> projections, MetricWindow window, Instant at) {
        return projections.stream().map(projection -> {
            BigDecimal measured = window.median(projection.metric(), at.minus(MEASURED_OVER), at);
            return new KpiOutcome(projection.metric(), projection.expected(), measured,
                    measured != null && meets(projection, measured));
        }).toList();
    }

    static ReviewFinding finding(List<KpiOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return ReviewFinding.NO_PROJECTIONS;
        }
        return outcomes.stream().allMatch(KpiOutcome::met) ? ReviewFinding.WELL_FOUNDED : ReviewFinding.NOT_BORNE_OUT;
    }

    private static boolean meets(KpiProjection projection, BigDecimal measured) {
        int comparison = measured.compareTo(projection.expected());
        return projection.metric().higherIsBetter() ? comparison >= 0 : comparison <= 0;
    }
}
