package com.pilotledger.app.hostile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One field a write endpoint reads, with the rules its code declares: a dotted path ({@code capital.amount}), its Java
 * type (for a set of values, the type of each: {@code many}), whether it must be given, its maximum length when it is
 * text, its range when it is a whole number.
 */
record InputField(String path, Class<?> type, boolean required, OptionalInt maxLength, OptionalLong minimum,
                  OptionalLong maximum, boolean many) {

    InputField(String path, Class<?> type, boolean required, OptionalInt maxLength, OptionalLong minimum,
               OptionalLong maximum) {
        this(path, type, required, maxLength, minimum, maximum, false);
    }

    enum Kind { TEXT, DECIMAL, INTEGER, ENUM, INSTANT, DATE, OBJECT }

    Kind kind() {
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Kind.INTEGER;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        if (type == Instant.class) {
            return Kind.INSTANT;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type.isRecord()) {
            return Kind.OBJECT;
        }
        throw new IllegalStateException("The hostile-input suite has no values for " + type + " (" + path + ")");
    }

    boolean isObject() {
        return kind() == Kind.OBJECT;
    }

    boolean isText() {
        return kind() == Kind.TEXT;
    }

    /** The last segment of the path: {@code currency} for {@code capital.currency}. */
    String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Money, as opposed to a measured metric value: every decimal but a metric's value is an amount of money. */
    boolean isMoney() {
        return kind() == Kind.DECIMAL && !name().equals("value") && !name().equals("metricValue");
    }

    List<String> enumNames() {
        return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
    }
}
