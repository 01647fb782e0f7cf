package com.pilotledger.api.metric;

import java.math.BigDecimal;

/** The median of one production metric over a period, and how many points it was taken over. */
public record MeasuredMedian(ProductionMetric metric, BigDecimal median, int points) {
}
