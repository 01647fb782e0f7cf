package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.ProductionMetric;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;

/**
 * The breaches a pilot reported, so that a breach that goes on is not reported for every point: a breaching point is
 * reported unless a breach of the same metric, of the same or a more severe kind, was reported for a point observed
 * less than {@link #REPORTED_AGAIN_AFTER} before it (or after it: a late point of a breach already known). So a breach
 * that lasts is reported again once a day, which keeps it inside the 48 hours of "no breached threshold in the last 48
 * hours" while it lasts, and a metric going from the minimum acceptable to the kill threshold is reported at once.
 * Times are the points' observation times, never the clock, so a replay or a redelivery decides the same.
 */
final class BreachReports {

    static final Duration REPORTED_AGAIN_AFTER = Duration.ofHours(24);

    /** Per metric and kind, when the latest reported breaching point was observed. Declared as EnumMaps for snapshots. */
    private final EnumMap<ProductionMetric, EnumMap<BreachKind, Instant>> reported =
            new EnumMap<>(ProductionMetric.class);

    boolean isNew(ProductionMetric metric, BreachKind kind, Instant observedAt) {
        EnumMap<BreachKind, Instant> ofMetric = reported.get(metric);
        if (ofMetric == null) {
            return true;
        }
        return ofMetric.entrySet().stream()
                .filter(entry -> severity(entry.getKey()) >= severity(kind))
                .noneMatch(entry -> entry.getValue().isAfter(observedAt.minus(REPORTED_AGAIN_AFTER)));
    }

    void remember(MetricThresholdBreached breach) {
        reported.computeIfAbsent(breach.metric(), metric -> new EnumMap<>(BreachKind.class))
                .merge(breach.kind(), breach.observedAt(), BreachReports::later);
    }

    static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** The kill threshold is worse than the minimum acceptable, which is worse than a regression. */
    private static int severity(BreachKind kind) {
        return switch (kind) {
            case REGRESSION -> 0;
            case MINIMUM_ACCEPTABLE -> 1;
            case KILL_THRESHOLD -> 2;
        };
    }
}
