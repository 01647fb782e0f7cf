package com.pilotledger.query.capital;

import com.fasterxml.jackson.core.type.TypeReference;
import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.query.support.JsonColumn;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's KPI projections in one column, a JSON object from metric to value in the request's order:
 * {@code {"TASK_COMPLETION_RATE":95,"COST_PER_TASK":0.4}}. One per metric, four at most, each value at most 15 integer
 * and 4 fraction digits (FieldLimits) once its trailing zeros are dropped (the input's check drops them too, so a
 * value may come with any number of them): at most 186 characters, within the column's 400 (V17).
 */
final class KpiProjectionsColumn {

    private static final TypeReference<LinkedHashMap<ProductionMetric, BigDecimal>> TYPE = new TypeReference<>() {
    };

    private KpiProjectionsColumn() {
    }

    static String text(List<KpiProjection> projections) {
        if (projections == null || projections.isEmpty()) {
            return null;
        }
        Map<ProductionMetric, BigDecimal> values = new LinkedHashMap<>();
        projections.forEach(projection -> values.put(projection.metric(), figure(projection.expected())));
        return JsonColumn.text(values);
    }

    static List<KpiProjection> parse(String text) {
        Map<ProductionMetric, BigDecimal> values = JsonColumn.value(text, TYPE);
        return values == null ? List.of() : values.entrySet().stream()
                .map(value -> new KpiProjection(value.getKey(), value.getValue())).toList();
    }

    /** 95.5000 is 95.5 and 1E+2 is 100: the value, in the fewest digits. */
    private static BigDecimal figure(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
