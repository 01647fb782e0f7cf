package com.pilotledger.app.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Names the field of a JSON body that Jackson refused, and says in words what it expected there. */
final class JsonFields {

    private JsonFields() {
    }

    /** The dotted path of the offending field ({@code metric.value}), or null when the body itself is broken. */
    static String nameOf(JacksonException exception) {
        if (exception.getPath().isEmpty()) {
            // A repeated key (or a broken value) is refused by the parser itself, before any field is bound: the
            // parser knows at which key it stopped. A body that simply ends early names no field.
            return exception instanceof StreamReadException read && read.processor() != null
                    && !(exception instanceof UnexpectedEndOfInputException) ? read.processor().currentName() : null;
        }
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }

    static String problemOf(JacksonException exception) {
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        if (exception instanceof StreamReadException) {
            return "is not valid JSON here (a repeated key, or a broken value)";
        }
        return "has a value of the wrong type";
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "must be text (a JSON string)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class) {
            return "must be a decimal number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z";
        }
        return "has a value of the wrong type";
    }
}
