package com.pilotledger.query.metric;

import com.pilotledger.api.metric.BreachKind;
import com.pilotledger.api.metric.FindMeasuredMedians;
import com.pilotledger.api.metric.FindPilotMetrics;
import com.pilotledger.api.metric.MeasuredMedian;
import com.pilotledger.api.metric.MeasuredMedians;
import com.pilotledger.api.metric.Median;
import com.pilotledger.api.metric.MetricBreach;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricSeries;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.PilotMetrics;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a pilot's production metric series (for its charts) and the medians it measured over a period (for the
 * reviews that compare a decision's projections with what production showed). Each series is one range scan of the
 * series index, newest first so a limit keeps the latest points.
 */
@Component
public class ProductionMetricQueries {

    private final JdbcClient jdbc;

    public ProductionMetricQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public PilotMetrics find(FindPilotMetrics query) {
        Map<ProductionMetric, MetricThresholds> thresholds = thresholds(query.pilotId());
        List<MetricSeries> series = new ArrayList<>();
        for (ProductionMetric metric : ProductionMetric.values()) {
            List<MetricPoint> newestFirst = jdbc.sql("""
                            SELECT metric_value, observed_at FROM metric_point
                            WHERE pilot_id = ? AND metric = ? AND observed_at >= ? AND observed_at < ?
                            ORDER BY observed_at DESC, event_position DESC, point_index DESC
                            LIMIT ?""")
                    .params(query.pilotId(), metric.name(), Sql.timestamp(query.from()), Sql.timestamp(query.to()),
                            query.limit() + 1)
                    .query((rs, n) -> new MetricPoint(metric, rs.getBigDecimal("metric_value"),
                            Sql.instant(rs, "observed_at")))
                    .list();
            boolean truncated = newestFirst.size() > query.limit();
            List<MetricPoint> points = new ArrayList<>(newestFirst.subList(0, Math.min(query.limit(),
                    newestFirst.size())));
            Collections.reverse(points);
            List<MetricBreach> breaches = breaches(query, metric);
            if (!points.isEmpty() || !breaches.isEmpty() || thresholds.containsKey(metric)) {
                series.add(new MetricSeries(metric, thresholds.get(metric), List.copyOf(points), truncated, breaches));
            }
        }
        return new PilotMetrics(query.pilotId(), query.from(), query.to(), List.copyOf(series));
    }

    @QueryHandler
    public MeasuredMedians find(FindMeasuredMedians query) {
        Map<ProductionMetric, List<BigDecimal>> values = new EnumMap<>(ProductionMetric.class);
        jdbc.sql("""
                        SELECT metric, metric_value FROM metric_point
                        WHERE pilot_id = ? AND observed_at >= ? AND observed_at < ?""")
                .params(query.pilotId(), Sql.timestamp(query.from()), Sql.timestamp(query.to()))
                .query((ResultSet rs) -> {
                    values.computeIfAbsent(ProductionMetric.valueOf(rs.getString("metric")), metric -> new ArrayList<>())
                            .add(rs.getBigDecimal("metric_value"));
                });
        List<MeasuredMedian> medians = values.entrySet().stream()
                .map(entry -> new MeasuredMedian(entry.getKey(), Median.of(entry.getValue()), entry.getValue().size()))
                .toList();
        return new MeasuredMedians(query.pilotId(), query.from(), query.to(), medians);
    }

    private Map<ProductionMetric, MetricThresholds> thresholds(String pilotId) {
        Map<ProductionMetric, MetricThresholds> thresholds = new EnumMap<>(ProductionMetric.class);
        jdbc.sql("SELECT * FROM metric_threshold WHERE pilot_id = ?").param(pilotId).query((ResultSet rs) -> {
            thresholds.put(ProductionMetric.valueOf(rs.getString("metric")), new MetricThresholds(
                    decimal(rs.getBigDecimal("baseline")), decimal(rs.getBigDecimal("target")),
                    decimal(rs.getBigDecimal("minimum_acceptable")), decimal(rs.getBigDecimal("kill_threshold"))));
        });
        return thresholds;
    }

    private List<MetricBreach> breaches(FindPilotMetrics query, ProductionMetric metric) {
        return jdbc.sql("""
                        SELECT * FROM metric_breach
                        WHERE pilot_id = ? AND metric = ? AND observed_at >= ? AND observed_at < ?
                        ORDER BY observed_at, event_position""")
                .params(query.pilotId(), metric.name(), Sql.timestamp(query.from()), Sql.timestamp(query.to()))
                .query((rs, n) -> new MetricBreach(metric, BreachKind.valueOf(rs.getString("kind")),
                        decimal(rs.getBigDecimal("limit_value")), rs.getBigDecimal("metric_value"),
                        Sql.instant(rs, "observed_at"), rs.getString("evidence"), Sql.instant(rs, "detected_at")))
                .list();
    }

    /** Six stored decimals, shown as the figure that was set: 85.000000 is 85. */
    private static BigDecimal decimal(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal figure = stored.stripTrailingZeros();
        return figure.scale() < 0 ? figure.setScale(0) : figure;
    }
}
