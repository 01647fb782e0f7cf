package com.pilotledger.app.review;

import com.pilotledger.api.review.ScaleReadinessSignal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The request fields named after the five signals, in the signals' order: {@code END_USERS_PREPARED} is
 * {@code endUsersPrepared}, in JSON and in the forms alike.
 */
public final class SignalFields {

    private SignalFields() {
    }

    /** The field of a signal, e.g. {@code businessKpisValidated}. */
    public static String of(ScaleReadinessSignal signal) {
        StringBuilder field = new StringBuilder();
        for (String word : signal.name().toLowerCase().split("_")) {
            field.append(field.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return field.toString();
    }

    /** Pairs each signal with its field's value (given in the signals' order), null values included. */
    static <V, R> List<R> each(List<V> values, BiFunction<ScaleReadinessSignal, V, R> pair) {
        ScaleReadinessSignal[] signals = ScaleReadinessSignal.values();
        List<R> paired = new ArrayList<>();
        for (int index = 0; index < signals.length; index++) {
            paired.add(pair.apply(signals[index], values.get(index)));
        }
        return paired;
    }
}
