package com.pilotledger.api.metric;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A kill criterion defined up front as a measurable condition: the pilot should be killed if, on the date, the
 * metric's level (its median over the week up to the date) is below or above the threshold, e.g. "Task completion rate
 * below 85 % on 2027-03-01". The date is a calendar day in UTC; the criterion is judged at its end.
 */
public record KillCriterion(ProductionMetric metric, KillComparison comparison, BigDecimal threshold, LocalDate by) {

    /** The criterion in words, as the recommendation and the board quote it. */
    public String words() {
        return metric.label() + " " + comparison.words() + " " + MetricValues.format(metric, threshold) + " on " + by;
    }
}
