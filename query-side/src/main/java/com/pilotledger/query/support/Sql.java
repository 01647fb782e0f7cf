package com.pilotledger.query.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Conversions between domain values and SQL parameters that behave the same on H2 and PostgreSQL. */
public final class Sql {

    private Sql() {
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The instant as a {@code TIMESTAMP WITH TIME ZONE} column keeps it: to the microsecond, rounded half up, as H2
     * and PostgreSQL's driver both round. For values held in memory that must compare as the stored ones do.
     */
    public static Instant stored(Instant instant) {
        if (instant == null) {
            return null;
        }
        long micros = (instant.getNano() + 500) / 1000;
        return instant.truncatedTo(ChronoUnit.SECONDS).plusNanos(micros * 1000);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** {@code (?, ?, …)}: an IN list of so many parameters (at least one). */
    public static String parameters(int count) {
        return "(" + "?, ".repeat(count - 1) + "?)";
    }

    /** The LIMIT/OFFSET clause; both databases accept it in this form. */
    public static String page(int page, int size) {
        return " LIMIT " + size + " OFFSET " + ((long) page * size);
    }
}
