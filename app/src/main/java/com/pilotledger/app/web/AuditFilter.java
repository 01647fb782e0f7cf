package com.pilotledger.app.web;

import com.pilotledger.api.audit.AuditTimeBasis;
import com.pilotledger.api.audit.FindAuditHistory;
import com.pilotledger.app.audit.AuditExportFilter;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The audit page's filters as the URL carries them: pilot, actor, event type, and a range of UTC days of business time
 * (when events happened) or of recording time.
 */
public record AuditFilter(String pilotId, String actor, String eventType,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, AuditTimeBasis timeBasis) {

    public AuditFilter {
        timeBasis = timeBasis == null ? AuditTimeBasis.BUSINESS : timeBasis;
    }

    FindAuditHistory query(int page, int size) {
        return new FindAuditHistory(blank(pilotId), blank(eventType), blank(actor), startOf(from),
                to == null ? null : startOf(to.plusDays(1)), timeBasis, page, size);
    }

    /** The same filters for the export of the event store: the pilot's own events, by type, actor and days. */
    AuditExportFilter export() {
        return new AuditExportFilter(pilotId, eventType, actor, startOf(from),
                to == null ? null : startOf(to.plusDays(1)), timeBasis);
    }

    /** The time basis as the URL writes it. */
    public String timeBasisParameter() {
        return timeBasis.name().toLowerCase(Locale.ROOT);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
