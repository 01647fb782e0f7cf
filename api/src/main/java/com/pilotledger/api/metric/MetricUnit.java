package com.pilotledger.api.metric;

import java.math.BigDecimal;

/** What a production metric's value is measured in, and the range a value must lie in. */
public enum MetricUnit {
    /** Percentage points, 0 to 100. */
    PERCENT("%", BigDecimal.ZERO, BigDecimal.valueOf(100)),
    /** A quality score, 0 to 100. */
    SCORE("points", BigDecimal.ZERO, BigDecimal.valueOf(100)),
    /** An amount in the portfolio currency, never negative; the upper bound is the amount limit of the input. */
    CURRENCY("currency", BigDecimal.ZERO, null);

    private final String symbol;
    private final BigDecimal minimum;
    private final BigDecimal maximum;

    MetricUnit(String symbol, BigDecimal minimum, BigDecimal maximum) {
        this.symbol = symbol;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal minimum() {
        return minimum;
    }

    /** The largest value, or null where the input's own amount limit bounds it. */
    public BigDecimal maximum() {
        return maximum;
    }
}
