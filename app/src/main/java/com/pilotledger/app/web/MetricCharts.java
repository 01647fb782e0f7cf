package com.pilotledger.app.web;

import com.pilotledger.api.metric.MetricBreach;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricSeries;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricUnit;
import com.pilotledger.api.metric.PilotMetrics;
import com.pilotledger.app.metric.MetricReader;
import com.pilotledger.app.pilot.PortfolioCurrency;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pilot page's production metric charts: the last 90 days up to the instant the page shows, one chart per metric
 * that has points, thresholds or breaches, scaled so the series and every threshold are in view. Drawn on the server
 * as SVG, so the page needs no script for them and a test can read what is drawn.
 */
@Component
public class MetricCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int TICKS = 4;

    private final MetricReader metrics;
    private final String currency;

    public MetricCharts(MetricReader metrics, PortfolioCurrency portfolio) {
        this.metrics = metrics;
        this.currency = portfolio.currency();
    }

    /** The charts of the pilot's metrics observed in the 90 days before {@code until}. */
    public List<MetricChart> of(String pilotId, Instant until) {
        PilotMetrics shown = metrics.series(pilotId, until.minus(MetricReader.CHARTED), until, MetricReader.MAX_POINTS);
        return shown.series().stream().map(series -> chart(series, shown.from(), shown.to())).toList();
    }

    MetricChart chart(MetricSeries series, Instant from, Instant to) {
        String unit = unit(series.metric().unit());
        List<Level> levels = levels(series.thresholds());
        Scale y = Scale.of(Stream.of(series.points().stream().map(MetricPoint::value),
                        levels.stream().map(Level::value), series.breaches().stream().map(MetricBreach::value))
                .flatMap(Function.identity()).toList(), series.metric().unit());
        Instant first = series.points().isEmpty() ? from : series.points().get(0).observedAt();
        TimeAxis x = new TimeAxis(first.isBefore(to) ? first : from, to);
        String line = series.points().stream()
                .map(point -> coordinate(x.at(point.observedAt())) + "," + coordinate(y.at(point.value())))
                .collect(Collectors.joining(" "));
        List<MetricChart.Level> drawn = levels.stream()
                .map(level -> new MetricChart.Level(level.name() + " " + figure(level.value()), level.css(),
                        y.at(level.value()))).toList();
        List<MetricChart.Mark> marks = series.breaches().stream()
                .map(breach -> new MetricChart.Mark(x.at(breach.observedAt()), y.at(breach.value()),
                        words(breach, unit))).toList();
        List<MetricChart.Tick> ticks = y.ticks().stream()
                .map(value -> new MetricChart.Tick(y.at(value), figure(value))).toList();
        MetricPoint latest = series.points().isEmpty() ? null : series.points().get(series.points().size() - 1);
        String latestWords = latest == null ? "No point in the last 90 days"
                : "Latest " + figure(latest.value()) + " " + unit + " on " + DAY.format(latest.observedAt());
        String description = series.metric().label() + " in " + unit + " from " + DAY.format(x.from()) + " to "
                + DAY.format(to) + ": " + series.points().size() + " points; " + latestWords.toLowerCase(Locale.ROOT)
                + "; " + series.breaches().size() + " breach" + (series.breaches().size() == 1 ? "" : "es");
        return new MetricChart(series.metric(), series.metric().label(), unit, line, drawn, marks, ticks,
                DAY.format(x.from()), DAY.format(to), latestWords, series.truncated(),
                series.breaches().stream().map(breach -> words(breach, unit)).toList(), description);
    }

    /** Percent and score as their symbol; an amount per task in the portfolio's currency. */
    String unit(MetricUnit unit) {
        return unit == MetricUnit.CURRENCY ? currency + " per task" : unit.symbol();
    }

    private static List<Level> levels(MetricThresholds thresholds) {
        if (thresholds == null) {
            return List.of();
        }
        List<Level> levels = new ArrayList<>();
        add(levels, "Baseline", "baseline", thresholds.baseline());
        add(levels, "Target", "target", thresholds.target());
        add(levels, "Minimum acceptable", "minimum", thresholds.minimumAcceptable());
        add(levels, "Kill threshold", "kill", thresholds.killThreshold());
        return levels;
    }

    private static void add(List<Level> levels, String name, String css, BigDecimal value) {
        if (value != null) {
            levels.add(new Level(name, css, value));
        }
    }

    private static String words(MetricBreach breach, String unit) {
        return DAY.format(breach.observedAt()) + ": " + figure(breach.value()) + " " + unit + ", "
                + breach.kind().words() + (breach.limit() == null ? "" : " (" + figure(breach.limit()) + ")")
                + ". " + breach.evidence();
    }

    static String figure(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** One decimal is finer than a pixel of the view box, and keeps the page small. */
    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record Level(String name, String css, BigDecimal value) {
    }

    /** Values to heights: the range of what is drawn with a margin, within the unit's own bounds. */
    private record Scale(double low, double high) {

        static Scale of(List<BigDecimal> values, MetricUnit unit) {
            double low = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double high = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
            double margin = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, 1);
            low = Math.max(low - margin, unit.minimum().doubleValue());
            high = unit.maximum() == null ? high + margin : Math.min(high + margin, unit.maximum().doubleValue());
            return new Scale(low, high > low ? high : low + 1);
        }

        double at(BigDecimal value) {
            double share = (value.doubleValue() - low) / (high - low);
            return MetricChart.BOTTOM - share * (MetricChart.BOTTOM - MetricChart.TOP);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (int i = 0; i <= TICKS; i++) {
                ticks.add(BigDecimal.valueOf(low + (high - low) * i / TICKS).setScale(significantScale(),
                        RoundingMode.HALF_EVEN));
            }
            return ticks;
        }

        /** Enough decimals to tell the ticks apart: none for a range of tens, four for fractions of a cent. */
        private int significantScale() {
            double step = (high - low) / TICKS;
            return step >= 1 ? 0 : Math.min(4, (int) Math.ceil(-Math.log10(step)) + 1);
        }
    }

    /** Instants to positions across the plot. */
    private record TimeAxis(Instant from, Instant to) {

        double at(Instant instant) {
            double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
            double share = (instant.toEpochMilli() - from.toEpochMilli()) / span;
            return MetricChart.LEFT + Math.min(1, Math.max(0, share)) * (MetricChart.RIGHT - MetricChart.LEFT);
        }
    }
}
