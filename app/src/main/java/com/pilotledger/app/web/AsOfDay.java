package com.pilotledger.app.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The past instant a page shows the portfolio as of, as the reader chose it (parameter), as the date control shows it
 * (date, UTC) and in words (label: "10 February 2026").
 */
public record AsOfDay(Instant instant, String parameter, String date, String label) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static AsOfDay of(Instant instant, String parameter) {
        return new AsOfDay(instant, parameter.strip(), DATE.format(instant), LABEL.format(instant));
    }
}
