package com.pilotledger.api.metric;

import java.time.Instant;

/** The median of each production metric of a pilot over the points observed in [from, to). */
public record FindMeasuredMedians(String pilotId, Instant from, Instant to) {
}
