package com.pilotledger.query.audit;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.MetricUnit;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.NinetyDayReviewCompleted;
import com.pilotledger.api.ninetyday.NinetyDayReviewDue;
import com.pilotledger.api.ninetyday.NinetyDayReviewEvent;
import com.pilotledger.api.ninetyday.NinetyDayReviewOverdue;
import com.pilotledger.api.ninetyday.NinetyDayReviewScheduled;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The sentence of each 90-day review event, and of the KPI projections a scale decision carries. */
final class NinetyDayReviewSummary {

    private NinetyDayReviewSummary() {
    }

    static String of(NinetyDayReviewEvent event) {
        if (event instanceof NinetyDayReviewScheduled e) {
            return "90-day review of the scale decision scheduled: due " + e.dueAt() + projections(e.projections());
        }
        if (event instanceof NinetyDayReviewDue e) {
            return "90-day review due: compare the KPI projections with production; overdue after " + e.overdueAt();
        }
        if (event instanceof NinetyDayReviewOverdue e) {
            return "90-day review overdue: due since " + e.dueAt() + " and not completed";
        }
        if (event instanceof NinetyDayReviewCompleted e) {
            return "90-day review completed by " + e.reviewedBy() + ". " + e.finding().words()
                    + outcomes(e.outcomes()) + ". Conclusion: " + e.conclusion();
        }
        return event.getClass().getSimpleName();
    }

    /** "; projects Task completion rate 92 %, Cost per task 0.40 currency", or nothing when there is none. */
    static String projections(List<KpiProjection> projections) {
        return projections == null || projections.isEmpty() ? "" : "; projects " + projections.stream()
                .map(projection -> value(projection.metric(), projection.expected()))
                .collect(Collectors.joining(", "));
    }

    private static String outcomes(List<KpiOutcome> outcomes) {
        return outcomes.isEmpty() ? "" : " (" + outcomes.stream()
                .map(outcome -> value(outcome.metric(), outcome.projected()) + " projected, "
                        + (outcome.measured() == null ? "not measured"
                        : outcome.measured().toPlainString() + " measured")
                        + (outcome.met() ? ": met" : ": not met"))
                .collect(Collectors.joining("; ")) + ")";
    }

    private static String value(ProductionMetric metric, BigDecimal value) {
        return metric.label() + " " + value.toPlainString() + (metric.unit() == MetricUnit.CURRENCY ? ""
                : " " + metric.unit().symbol());
    }
}
