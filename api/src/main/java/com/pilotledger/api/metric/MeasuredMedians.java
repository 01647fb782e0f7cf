package com.pilotledger.api.metric;

import java.time.Instant;
import java.util.List;

/** What a pilot's production metrics measured over a period: one median per metric that has points in it. */
public record MeasuredMedians(String pilotId, Instant from, Instant to, List<MeasuredMedian> medians) {
}
