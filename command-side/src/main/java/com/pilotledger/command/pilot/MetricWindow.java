package com.pilotledger.command.pilot;

import com.pilotledger.api.metric.Median;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.ProductionMetric;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

/**
 * The pilot's recent production metric points, per metric, for the decisions that compare a point with the pilot's own
 * recent level (regression, the 90-day review). Bounded: a point observed more than {@link #KEPT} before the newest
 * point of its metric is forgotten, so the aggregate and its snapshots stay small however often monitoring reports.
 */
final class MetricWindow {

    /** Four weeks of comparison plus a week of slack for late points. */
    static final Duration KEPT = Duration.ofDays(35);

    /** Declared as an EnumMap so a snapshot restores it as one. */
    private final EnumMap<ProductionMetric, List<MetricPoint>> points = new EnumMap<>(ProductionMetric.class);

    void record(List<MetricPoint> batch) {
        for (MetricPoint point : batch) {
            List<MetricPoint> series = points.computeIfAbsent(point.metric(), metric -> new ArrayList<>());
            series.add(point);
            Instant newest = series.stream().map(MetricPoint::observedAt).max(Comparator.naturalOrder()).orElseThrow();
            series.removeIf(kept -> kept.observedAt().isBefore(newest.minus(KEPT)));
        }
    }

    /** The median of the metric's points observed in [from, to), or null when there is none. */
    BigDecimal median(ProductionMetric metric, Instant from, Instant to) {
        return Median.of(points.getOrDefault(metric, List.of()).stream()
                .filter(point -> !point.observedAt().isBefore(from) && point.observedAt().isBefore(to))
                .map(MetricPoint::value)
                .toList());
    }

    /** Whether some point of the metric was observed at or before the instant (how far back the window reaches). */
    boolean hasPointAtOrBefore(ProductionMetric metric, Instant instant) {
        return points.getOrDefault(metric, List.of()).stream().anyMatch(point -> !point.observedAt().isAfter(instant));
    }

    /** The latest observed point of the metric, or null. */
    MetricPoint latest(ProductionMetric metric) {
        return points.getOrDefault(metric, List.of()).stream()
                .max(Comparator.comparing(MetricPoint::observedAt)).orElse(null);
    }
}
