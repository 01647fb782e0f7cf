package com.pilotledger.app.web;

import com.pilotledger.api.audit.FindAuditHistory;
import com.pilotledger.app.audit.AuditExportFilter;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The audit page's filters as the URL carries them: pilot, actor, event type, and a range of UTC days. */
public record AuditFilter(String pilotId, String actor, String eventType,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    FindAuditHistory query(int page, int size) {
        return new FindAuditHistory(blank(pilotId), blank(eventType), blank(actor), startOf(from),
                to == null ? null : startOf(to.plusDays(1)), page, size);
    }

    /** The same filters for the export of the event store: the pilot's own events, by type, actor and days. */
    AuditExportFilter export() {
        return new AuditExportFilter(pilotId, eventType, actor, startOf(from), to == null ? null : startOf(to.plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
