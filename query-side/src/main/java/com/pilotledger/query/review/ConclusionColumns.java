package com.pilotledger.query.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.query.support.JsonColumn;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a concluded gate review keeps in two columns, as JSON: the status of each signal,
 * {@code {"BUSINESS_KPIS_VALIDATED":"CONFIRMED",...}}, and the roles that did not assess,
 * {@code ["TECHNOLOGY_LEAD"]}. Only names of enum constants: all five signals take at most 207 characters (the column
 * holds 400, V13) and all five roles 101 (the column holds 200).
 */
final class ConclusionColumns {

    private static final TypeReference<Map<ScaleReadinessSignal, SignalStatus>> STATUSES = new TypeReference<>() {
    };
    private static final TypeReference<List<StakeholderRole>> ROLES = new TypeReference<>() {
    };

    private ConclusionColumns() {
    }

    /**
     * In the signals' own order, so the same conclusion always writes the same text (an EnumMap cannot be copied from
     * an empty map of another kind).
     */
    static String signalStatuses(Map<ScaleReadinessSignal, SignalStatus> signals) {
        return JsonColumn.text(signals == null ? null : signals.isEmpty() ? Map.of() : new EnumMap<>(signals));
    }

    static Map<ScaleReadinessSignal, SignalStatus> signalStatuses(String text) {
        Map<ScaleReadinessSignal, SignalStatus> statuses = JsonColumn.value(text, STATUSES);
        Map<ScaleReadinessSignal, SignalStatus> signals = new EnumMap<>(ScaleReadinessSignal.class);
        if (statuses != null) {
            signals.putAll(statuses);
        }
        return signals;
    }

    static String roles(List<StakeholderRole> roles) {
        return JsonColumn.text(roles);
    }

    static List<StakeholderRole> roles(String text) {
        List<StakeholderRole> roles = JsonColumn.value(text, ROLES);
        return roles == null ? List.of() : List.copyOf(roles);
    }
}
