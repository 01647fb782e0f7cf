package com.pilotledger.query.capital;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.ProductionMetric;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A request's KPI projections in one column, {@code METRIC=value;METRIC=value}: one per metric, four at most. */
final class KpiProjectionsColumn {

    private KpiProjectionsColumn() {
    }

    static String text(List<KpiProjection> projections) {
        return projections == null || projections.isEmpty() ? null : projections.stream()
                .map(projection -> projection.metric().name() + "=" + projection.expected().toPlainString())
                .collect(Collectors.joining(";"));
    }

    static List<KpiProjection> parse(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(";"))
                .map(pair -> pair.split("=", 2))
                .map(pair -> new KpiProjection(ProductionMetric.valueOf(pair[0]), new BigDecimal(pair[1])))
                .toList();
    }
}
