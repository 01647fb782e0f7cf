package com.pilotledger.api.metric;

import java.math.BigDecimal;

/** A production metric's value in words: "85 %", "72 points", "2.4". */
public final class MetricValues {

    private MetricValues() {
    }

    public static String format(ProductionMetric metric, BigDecimal value) {
        String number = value.stripTrailingZeros().toPlainString();
        return switch (metric.unit()) {
            case PERCENT -> number + " %";
            case SCORE -> number + " points";
            case CURRENCY -> number;
        };
    }
}
