package com.pilotledger.query.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between domain values and SQL parameters that behave the same on H2 and PostgreSQL. */
public final class Sql {

    private Sql() {
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
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

    /** The LIMIT/OFFSET clause; both databases accept it in this form. */
    public static String page(int page, int size) {
        return " LIMIT " + size + " OFFSET " + ((long) page * size);
    }
}
