package com.pilotledger.api.metric;

import com.pilotledger.api.input.FieldLimits;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What a batch of production metric points may hold, defined once for the API (a 400 naming the point) and the pilot
 * (a refusal, its second line of defence): how many points, which values and which observation times.
 */
public final class MetricBatchLimits {

    /** A monitoring system reports every few minutes; a thousand points is hours of all four metrics, or a backfill. */
    public static final int MAX_POINTS = 1000;
    /** A monitoring system's clock may run a little ahead of the ledger's. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A year of history may be backfilled; a point older than that is a wrong date, not evidence for a decision. */
    public static final Duration MAX_AGE = Duration.ofDays(366);

    private static final BigDecimal VALUE_CEILING = BigDecimal.TEN.pow(FieldLimits.METRIC_INTEGER_DIGITS);

    private MetricBatchLimits() {
    }

    /**
     * The value lies in the metric's unit range (percent and score 0 to 100; an amount 0 or more, below the
     * read model's ceiling) and has at most {@link FieldLimits#METRIC_FRACTION_DIGITS} decimals.
     */
    public static boolean admits(ProductionMetric metric, BigDecimal value) {
        MetricUnit unit = metric.unit();
        boolean inRange = value.compareTo(unit.minimum()) >= 0 && (unit.maximum() == null
                ? value.compareTo(VALUE_CEILING) < 0 : value.compareTo(unit.maximum()) <= 0);
        return inRange && Math.max(value.stripTrailingZeros().scale(), 0) <= FieldLimits.METRIC_FRACTION_DIGITS;
    }

    /** The range in words, for the message that refuses a value outside it. */
    public static String range(ProductionMetric metric) {
        MetricUnit unit = metric.unit();
        return unit.maximum() == null
                ? "an amount of 0 or more with at most " + FieldLimits.METRIC_INTEGER_DIGITS + " digits before the "
                + "decimal point and " + FieldLimits.METRIC_FRACTION_DIGITS + " after it"
                : "from " + unit.minimum() + " to " + unit.maximum() + " " + unit.symbol() + ", with at most "
                + FieldLimits.METRIC_FRACTION_DIGITS + " decimals";
    }

    /** Observed at most {@link #CLOCK_SKEW} after it is recorded and at most {@link #MAX_AGE} before. */
    public static boolean observable(Instant observedAt, Instant recordedAt) {
        return !observedAt.isAfter(recordedAt.plus(CLOCK_SKEW)) && !observedAt.isBefore(recordedAt.minus(MAX_AGE));
    }
}
