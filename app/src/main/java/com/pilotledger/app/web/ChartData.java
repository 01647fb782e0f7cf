package com.pilotledger.app.web;

import com.pilotledger.api.capital.CapitalShare;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.MetricPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chart.js configurations as JSON, written into a canvas attribute and drawn by js/charts.js: the page carries its
 * data, no script is inline, and nothing is fetched from elsewhere.
 */
@Component
public class ChartData {

    private final JsonMapper json;

    public ChartData(JsonMapper json) {
        this.json = json;
    }

    /**
     * Committed capital per group (per posture or per business unit) as one stacked bar: the running part and the
     * frozen part of paused pilots. Frozen is part of committed, so side by side it would look like money twice.
     */
    public String capital(List<CapitalShare> shares, Function<String, String> label) {
        return json.writeValueAsString(Map.of("type", "bar", "data", Map.of(
                "labels", shares.stream().map(share -> label.apply(share.group())).toList(),
                "datasets", List.of(
                        dataset("Committed, running", shares.stream()
                                .map(share -> share.committed().amount().subtract(share.frozen().amount())).toList()),
                        dataset("Committed, frozen (paused)", shares.stream()
                                .map(share -> share.frozen().amount()).toList()))),
                "options", Map.of("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)))));
    }

    /** One line chart per measured metric, keyed by the metric's name. */
    public Map<String, String> metrics(List<MetricPoint> points) {
        Map<String, List<MetricPoint>> byName = points.stream()
                .collect(Collectors.groupingBy(MetricPoint::name, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> charts = new LinkedHashMap<>();
        byName.forEach((name, series) -> charts.put(name, json.writeValueAsString(Map.of("type", "line", "data", Map.of(
                "labels", series.stream().map(point -> point.observedAt().toString().substring(0, 10)).toList(),
                "datasets", List.of(dataset(name + unit(series.get(0)), series.stream().map(MetricPoint::value).toList())))))));
        return charts;
    }

    static String postureLabel(String posture) {
        return Posture.valueOf(posture).label();
    }

    private static Map<String, Object> dataset(String label, List<BigDecimal> values) {
        return Map.of("label", label, "data", values);
    }

    private static String unit(MetricPoint point) {
        return point.unit() == null || point.unit().isBlank() ? "" : " (" + point.unit() + ")";
    }
}
