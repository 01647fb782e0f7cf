package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.ProductionMetric;

import java.math.BigDecimal;

/** Which way a production metric gets better: up for completion and quality, down for cost and escalation. */
enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    static Direction of(ProductionMetric metric) {
        return metric.higherIsBetter() ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /** Whether {@code value} is strictly better than {@code than}. */
    boolean isBetter(BigDecimal value, BigDecimal than) {
        int order = value.compareTo(than);
        return this == HIGHER_IS_BETTER ? order > 0 : order < 0;
    }

    /** Whether {@code value} is strictly worse than {@code than}. */
    boolean isWorse(BigDecimal value, BigDecimal than) {
        int order = value.compareTo(than);
        return this == HIGHER_IS_BETTER ? order < 0 : order > 0;
    }

    String worse() {
        return this == HIGHER_IS_BETTER ? "below" : "above";
    }
}
