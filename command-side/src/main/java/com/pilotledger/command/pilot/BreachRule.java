package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricUnit;
import com.pilotledger.api.metric.MetricValues;
import com.pilotledger.api.metric.ProductionMetric;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Whether one production metric point breaches, and how: the most severe of
 * <ol>
 *     <li>past the kill threshold (at it or worse),</li>
 *     <li>worse than the minimum acceptable,</li>
 *     <li>a regression against the pilot's own recent level: for a percentage or a score, {@link #REGRESSION_POINTS}
 *     points or more worse than the median of the metric's points observed in the {@link #RECENT} before it (seed 004:
 *     "detect a 5-percentage-point quality regression within 48 hours"); for cost per task, which has no points to
 *     count, {@link #REGRESSION_SHARE} or more worse than that median (20 % above it).</li>
 * </ol>
 * Each is judged in the metric's direction (lower is worse for completion and quality, higher for cost and escalation).
 * A regression needs a recent level to regress from: at least {@link #HISTORY} of points before the point. Pure.
 */
final class BreachRule {

    /** The recent level a regression is measured against: the median of the four weeks before the point. */
    static final Duration RECENT = Duration.ofDays(28);
    /** A recent level from less than a week of points is no level yet: the first points cannot regress. */
    static final Duration HISTORY = Duration.ofDays(7);
    static final BigDecimal REGRESSION_POINTS = BigDecimal.valueOf(5);
    static final BigDecimal REGRESSION_SHARE = new BigDecimal("0.20");

    /** A breach found in one point: its kind, the level it crossed and the evidence in words. */
    record Breach(BreachKind kind, BigDecimal limit, String evidence) {
    }

    /** The observation instant in words a reader takes in at a glance (the event keeps the exact instant). */
    private static final DateTimeFormatter OBSERVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private BreachRule() {
    }

    /** The most severe breach of the point, or null when it breaches nothing. */
    static Breach judge(MetricPoint point, MetricThresholds thresholds, MetricWindow window) {
        ProductionMetric metric = point.metric();
        Direction direction = Direction.of(metric);
        BigDecimal value = point.value();
        String measured = metric.label() + " was " + MetricValues.format(metric, value) + " at " + OBSERVED.format(point.observedAt());
        if (thresholds != null && thresholds.killThreshold() != null
                && !direction.isBetter(value, thresholds.killThreshold())) {
            return new Breach(BreachKind.KILL_THRESHOLD, thresholds.killThreshold(), measured
                    + ", past its kill threshold of " + MetricValues.format(metric, thresholds.killThreshold()));
        }
        if (thresholds != null && thresholds.minimumAcceptable() != null
                && direction.isWorse(value, thresholds.minimumAcceptable())) {
            return new Breach(BreachKind.MINIMUM_ACCEPTABLE, thresholds.minimumAcceptable(), measured + ", "
                    + direction.worse() + " its minimum acceptable of "
                    + MetricValues.format(metric, thresholds.minimumAcceptable()));
        }
        return regression(point, window, measured);
    }

    private static Breach regression(MetricPoint point, MetricWindow window, String measured) {
        ProductionMetric metric = point.metric();
        Instant at = point.observedAt();
        if (!window.hasPointAtOrBefore(metric, at.minus(HISTORY))) {
            return null;
        }
        BigDecimal median = window.median(metric, at.minus(RECENT), at);
        if (median == null) {
            return null;
        }
        Direction direction = Direction.of(metric);
        boolean points = metric.unit() != MetricUnit.CURRENCY;
        BigDecimal margin = points ? REGRESSION_POINTS : median.multiply(REGRESSION_SHARE);
        BigDecimal limit = direction == Direction.HIGHER_IS_BETTER ? median.subtract(margin) : median.add(margin);
        if (direction.isBetter(point.value(), limit)) {
            return null;
        }
        String by = points ? REGRESSION_POINTS.toPlainString() + " points or more"
                : REGRESSION_SHARE.movePointRight(2).stripTrailingZeros().toPlainString() + " % or more";
        return new Breach(BreachKind.REGRESSION, limit, measured + ", " + by + " " + direction.worse()
                + " its 4-week median of " + MetricValues.format(metric, median));
    }
}
